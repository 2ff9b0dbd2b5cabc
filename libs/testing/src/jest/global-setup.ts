import { Client } from 'pg';
import { DataSource } from 'typeorm';
// Relative: jest's global setup runs outside moduleNameMapper.
import { dataSourceOptions } from '../../../persistence/src/data-source-options';
import { runMigrationsUnderLock } from '../../../persistence/src/run-migrations';
import { adminDatabaseUrl, newRunId, templateDatabase, TEST_RUN_ENV } from '../test-run';

/**
 * Once per run: a template database with every migration applied. Each test file copies it
 * (CREATE DATABASE ... TEMPLATE), which takes milliseconds instead of a migration run.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env[TEST_RUN_ENV]) return; // a second project of the same run
  const runId = newRunId();
  process.env[TEST_RUN_ENV] = runId;
  const template = templateDatabase(runId);
  const admin = new Client({ connectionString: adminDatabaseUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${template}"`);
  } finally {
    await admin.end();
  }
  const dataSource = new DataSource(
    dataSourceOptions({ url: adminDatabaseUrl(template), poolSize: 2, statementTimeoutMs: 0, applicationName: 'kdmp-test-setup' }),
  );
  await dataSource.initialize();
  try {
    await runMigrationsUnderLock(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
