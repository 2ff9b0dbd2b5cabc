import { randomBytes } from 'node:crypto';

/** Names shared by one `npm test` run; everything a run creates starts with its prefix. */
export const TEST_RUN_ENV = 'KDMP_TEST_RUN_ID';

export function testRunId(): string {
  const id = process.env[TEST_RUN_ENV];
  if (!id) throw new Error(`${TEST_RUN_ENV} is not set: run the suites through jest (global setup)`);
  return id;
}

export function newRunId(): string {
  return randomBytes(4).toString('hex');
}

export const databasePrefix = (runId: string) => `kdmp_t_${runId}`;
export const templateDatabase = (runId: string) => `${databasePrefix(runId)}_tpl`;
export const queuePrefixFor = (runId: string, suffix: string) => `{kdmp_t_${runId}_${suffix}}`;

/** The server the suites use: DATABASE_URL / REDIS_URL of the environment, or the local defaults. */
export function adminDatabaseUrl(database = 'postgres'): string {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kdmp');
  url.pathname = `/${database}`;
  return url.toString();
}

export function redisUrl(): string {
  return process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
}
