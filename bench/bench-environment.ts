import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import Redis from 'ioredis';
import { Client, Pool } from 'pg';
import { deleteKeys } from '@kdmp/testing';

/** The repository root, from dist/bench/. */
export const ROOT = path.resolve(__dirname, '../..');
const SERVER_URL = 'postgres://postgres@127.0.0.1:5432';
export const REDIS_URL = 'redis://127.0.0.1:6379';

export const BENCH_JWT_SECRET = `bench-only-secret-${randomBytes(16).toString('hex')}`;
export const BENCH_ADMIN = { email: 'admin@bench.kdmp.example.id', password: 'rahasia-bench-admin-123' };

/**
 * The bench's own world: a database `kdmp_bench_<id>` migrated as a user migrates one, and a
 * queue prefix `{kdmp_bench_<id>}`, with the environment the services run with. `dispose()`
 * drops both, and is safe to call more than once and after a half-finished setup.
 */
export interface BenchEnvironment {
  id: string;
  databaseName: string;
  databaseUrl: string;
  queuePrefix: string;
  serviceEnv: Record<string, string>;
  /** A small pool for the bench's own queries (watching states, bulk inserts, reading results). */
  db: Pool;
  redis: Redis;
  dispose(): Promise<void>;
}

export async function createBenchEnvironment(): Promise<BenchEnvironment> {
  const id = randomBytes(4).toString('hex');
  const databaseName = `kdmp_bench_${id}`;
  const databaseUrl = `${SERVER_URL}/${databaseName}`;
  const queuePrefix = `{kdmp_bench_${id}}`;
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 3 });
  let db: Pool | null = null;
  let disposed = false;
  const dispose = async () => {
    if (disposed) return;
    disposed = true;
    await db?.end().catch(() => undefined);
    const deleted = await deleteKeys(redis, `${queuePrefix}*`).catch((error: Error) => {
      process.stderr.write(`bench: could not delete Redis keys ${queuePrefix}*: ${error.message}\n`);
      return 0;
    });
    redis.disconnect();
    await withServer((admin) => admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`)).catch((error: Error) =>
      process.stderr.write(`bench: could not drop ${databaseName}: ${error.message}\n`),
    );
    process.stderr.write(`bench: dropped ${databaseName}, deleted ${deleted} Redis keys under ${queuePrefix}\n`);
  };
  try {
    await redis.connect();
    await withServer((admin) => admin.query(`CREATE DATABASE "${databaseName}"`));
    await runMigrations(databaseUrl);
    db = new Pool({ connectionString: databaseUrl, application_name: 'kdmp-bench', max: 4 });
    db.on('error', () => undefined); // an idle connection closed by the server is replaced, not fatal
    await db.query('SELECT 1');
  } catch (error) {
    await dispose();
    throw error;
  }
  const serviceEnv: Record<string, string> = {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    QUEUE_PREFIX: queuePrefix,
    JWT_SECRET: BENCH_JWT_SECRET,
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    LOGIN_ATTEMPTS_PER_MINUTE: '1000000',
    LOG_LEVEL: 'warn',
    MIGRATIONS_RUN: 'false',
    SHUTDOWN_TIMEOUT_MS: '10000',
  };
  return { id, databaseName, databaseUrl, queuePrefix, serviceEnv, db: db!, redis, dispose };
}

async function withServer<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: `${SERVER_URL}/postgres`, application_name: 'kdmp-bench-admin' });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** As a user migrates: `node dist/libs/persistence/src/cli/run-migrations.js` with DATABASE_URL. */
function runMigrations(databaseUrl: string): Promise<void> {
  const entry = path.join(ROOT, 'dist/libs/persistence/src/cli/run-migrations.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`migrations failed (exit ${code}):\n${output}`));
    });
  });
}
