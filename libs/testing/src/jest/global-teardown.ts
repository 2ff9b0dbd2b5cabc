import { Client } from 'pg';
import Redis from 'ioredis';
import { adminDatabaseUrl, databasePrefix, redisUrl, TEST_RUN_ENV } from '../test-run';
import { deleteKeys } from '../delete-keys';

/** Drops every database and queue key this run created. */
export default async function globalTeardown(): Promise<void> {
  const runId = process.env[TEST_RUN_ENV];
  if (!runId) return;
  const admin = new Client({ connectionString: adminDatabaseUrl() });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `${databasePrefix(runId)}\\_%`,
    ]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  const redis = new Redis(redisUrl());
  try {
    await deleteKeys(redis, `{kdmp_t_${runId}_*`);
  } finally {
    redis.disconnect();
  }
}
