import type { DataSource, Migration } from 'typeorm';

/** Any fixed number: every service and the CLI take the same lock before migrating. */
const MIGRATION_LOCK_KEY = 7_406_202_501;

/**
 * Applies pending migrations while holding a Postgres advisory lock, so that several services
 * starting at once migrate one after the other and the later ones find nothing to do.
 */
export async function runMigrationsUnderLock(dataSource: DataSource): Promise<Migration[]> {
  const lockHolder = dataSource.createQueryRunner();
  await lockHolder.connect();
  try {
    await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lockHolder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lockHolder.release();
  }
}
