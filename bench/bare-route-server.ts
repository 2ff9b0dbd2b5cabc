import 'reflect-metadata';
import { Controller, Get, Inject, Module, NotFoundException, Param } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Pool } from 'pg';

/**
 * The bare-route baseline, run as its own process: a NestJS (Express) app whose one route
 * does one primary-key select on `cooperatives`. No auth, no validation, no logging — what
 * any NestJS service pays before its own logic.
 */
const POOL = Symbol('pool');

@Controller('bare')
class BareController {
  constructor(@Inject(POOL) private readonly pool: Pool) {}

  @Get('cooperatives/:id')
  async cooperative(@Param('id') id: string): Promise<Record<string, unknown>> {
    const { rows } = await this.pool.query('SELECT * FROM cooperatives WHERE id = $1', [id]);
    if (rows.length === 0) throw new NotFoundException();
    return rows[0];
  }
}

@Module({
  controllers: [BareController],
  providers: [
    {
      provide: POOL,
      useFactory: () => new Pool({ connectionString: process.env.DATABASE_URL, max: 10 }).on('error', () => undefined),
    },
  ],
})
class BareRouteModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create(BareRouteModule, { logger: ['error', 'warn'] });
  await app.listen(Number(process.env.PORT), '127.0.0.1');
  process.stdout.write('bare-route ready\n');
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void app.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`bare-route failed: ${String(error)}\n`);
  process.exit(1);
});
