import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import Redis from 'ioredis';
import { deleteKeys } from './delete-keys';
import { adminDatabaseUrl, databasePrefix, queuePrefixFor, redisUrl, templateDatabase, testRunId } from './test-run';

/**
 * One test file's world: its own database (a copy of the migrated template) and its own queue
 * prefix, with the environment a service needs to run against them.
 */
/** Known to the tests so they can forge tokens for the JWT attack cases. */
export const TEST_JWT_SECRET = 'test-only-secret-0123456789abcdef0123456789';
/** The first admin every test environment's api creates at start-up. */
export const TEST_ADMIN = { email: 'admin@kdmp.example.id', password: 'rahasia-admin-123' };

export interface TestEnvironment {
  databaseName: string;
  databaseUrl: string;
  queuePrefix: string;
  /** Environment variables for a service process or an in-process Nest module. */
  env: Record<string, string>;
  db: Client;
  redis: Redis;
  /** Deletes every queue key of this environment: what a Redis flush does to this system. */
  flushQueues(): Promise<number>;
  dispose(): Promise<void>;
}

export async function createTestEnvironment(overrides: Record<string, string> = {}): Promise<TestEnvironment> {
  const runId = testRunId();
  const suffix = randomBytes(3).toString('hex');
  const databaseName = `${databasePrefix(runId)}_${suffix}`;
  const admin = new Client({ connectionString: adminDatabaseUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${databaseName}" TEMPLATE "${templateDatabase(runId)}"`);
  } finally {
    await admin.end();
  }
  const databaseUrl = adminDatabaseUrl(databaseName);
  const queuePrefix = queuePrefixFor(runId, suffix);
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const redis = new Redis(redisUrl());
  // Suites that start no SMTP catcher get the development transport, into a folder of their own.
  const mailFolder = path.join(os.tmpdir(), `${databaseName}-mail`);
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl(),
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'info',
    MIGRATIONS_RUN: 'false',
    OUTBOX_SWEEP_INTERVAL_MS: '100',
    OUTBOX_UNSENT_AFTER_MS: '500',
    OUTBOX_REPUBLISH_AFTER_MS: '2000',
    RECONCILE_INTERVAL_MS: '500',
    SHUTDOWN_TIMEOUT_MS: '10000',
    JWT_SECRET: TEST_JWT_SECRET,
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    MAIL_OUTBOX_DIR: mailFolder,
    ...overrides,
  };
  return {
    databaseName,
    databaseUrl,
    queuePrefix,
    env,
    db,
    redis,
    flushQueues: () => deleteKeys(redis, `${queuePrefix}*`),
    async dispose() {
      await db.end().catch(() => undefined);
      await deleteKeys(redis, `${queuePrefix}*`).catch(() => 0);
      redis.disconnect();
      await rm(mailFolder, { recursive: true, force: true });
      const cleanup = new Client({ connectionString: adminDatabaseUrl() });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
