import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule } from '@kdmp/config';
import { PersistenceModule, UserRepository } from '@kdmp/persistence';
import { AuthModule, PasswordHasher } from '@kdmp/auth';
import { CreateUserUseCase, StageClock } from '@kdmp/application';

const USAGE = `Usage: npm run cli -- create-admin --email EMAIL [--password PASSWORD]
  The email may come from ADMIN_EMAIL and the password from ADMIN_PASSWORD instead of the
  command line (kept out of shell history). An existing account is never overwritten.`;

/** What create-admin needs: the configuration, the database and CreateUserUseCase's own dependencies. */
@Module({
  imports: [ConfigModule, PersistenceModule, AuthModule],
  providers: [CreateUserUseCase, StageClock, UserRepository, PasswordHasher],
})
class CliModule {}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { email: { type: 'string' }, password: { type: 'string' }, help: { type: 'boolean' } },
  });
  const email = values.email ?? process.env.ADMIN_EMAIL;
  const password = values.password ?? process.env.ADMIN_PASSWORD;
  // ADMIN_EMAIL/ADMIN_PASSWORD are the CLI's arguments here, not the services' start-up admin:
  // the configuration (which wants both or neither) must not see them.
  delete process.env.ADMIN_EMAIL;
  delete process.env.ADMIN_PASSWORD;
  if (values.help || positionals[0] !== 'create-admin' || !email || !password) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error'] });
  try {
    const created = await app.get(CreateUserUseCase).ensureAdmin(email, password);
    process.stdout.write(created ? `Created admin ${email}\n` : `An account ${email} exists already; nothing changed\n`);
    return 0;
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
