import { DataSource } from 'typeorm';
import { parseEnvironment } from '@kdmp/config';
import { dataSourceOptions } from '../data-source-options';
import { runMigrationsUnderLock } from '../run-migrations';

/** `npm run migration:run`: applies pending migrations to DATABASE_URL and exits. */
async function main(): Promise<void> {
  const env = parseEnvironment();
  const dataSource = new DataSource(
    dataSourceOptions({
      url: env.DATABASE_URL,
      poolSize: 2,
      statementTimeoutMs: 0,
      applicationName: 'kdmp-migrate',
    }),
  );
  await dataSource.initialize();
  try {
    const applied = await runMigrationsUnderLock(dataSource);
    process.stdout.write(
      applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}\n` : 'No pending migrations.\n',
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
