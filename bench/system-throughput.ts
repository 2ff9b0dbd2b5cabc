import type { Pool } from 'pg';
import { Queue } from 'bullmq';
import { QUEUES } from '@kdmp/contracts';
import { REDIS_URL } from './bench-environment';
import { pollUntil } from '@kdmp/testing';
import { inParallel } from './stats';
import { SystemDriver } from './system-driver';

/** Cooperatives signing up at once (each sign-up hashes one password and verifies it once). */
const SIGN_UP_LANES = 8;
/** Cooperatives driven at once after sign-up (all of them, up to this). */
const MAX_IN_FLIGHT = 100;

export interface SystemRun {
  transitionsPerSecond: number;
  cooperativesPerSecond: number;
  /** The same, counted from the moment every cooperative had signed up (plan → PARTNERED). */
  transitionsPerSecondAfterSignUp: number;
  signUpsPerSecond: number;
}

/**
 * Closed loop: `count` cooperatives sign up (register + officer login), then all of them (up
 * to MAX_IN_FLIGHT) are driven from plan to PARTNERED at once. With the notifier (`full`),
 * the run ends when every in-app notification of every event is written; without it
 * (`spine`), when the last cooperative is PARTNERED. A transition is one committed change of a cooperative (its
 * version), so a cooperative's registration counts as its first.
 */
export async function measureSystemRun(driver: SystemDriver, db: Pool, count: number, mode: 'full' | 'spine'): Promise<SystemRun> {
  const started = performance.now();
  const cooperatives = await inParallel(count, SIGN_UP_LANES, () => driver.signUp());
  const signedUp = performance.now();
  await inParallel(count, Math.min(count, MAX_IN_FLIGHT), (index) => driver.driveToPartnered(cooperatives[index]));
  if (mode === 'full') await waitForNotificationsDelivered(db);
  const finished = performance.now();
  const ids = cooperatives.map((cooperative) => cooperative.id);
  const { rows } = await db.query<{ transitions: number; partnered: number }>(
    `SELECT sum(version)::int AS transitions, count(*) FILTER (WHERE state = 'PARTNERED')::int AS partnered
       FROM cooperatives WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  if (rows[0].partnered !== count) throw new Error(`only ${rows[0].partnered} of ${count} cooperatives reached PARTNERED`);
  const seconds = (finished - started) / 1000;
  return {
    transitionsPerSecond: rows[0].transitions / seconds,
    cooperativesPerSecond: count / seconds,
    transitionsPerSecondAfterSignUp: (rows[0].transitions - count) / ((finished - signedUp) / 1000),
    signUpsPerSecond: count / ((signedUp - started) / 1000),
  };
}

/**
 * Nothing left to do: every job due by now (fan-out, email delivery, workflow step) consumed,
 * so the next measurement starts on an idle system. Not part of any measured window.
 */
export async function waitForQuiet(db: Pool, timeoutMs = 180_000): Promise<void> {
  await pollUntil(
    async () =>
      (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_messages WHERE run_at IS NULL OR run_at <= now()`)).rows[0].n,
    (pending) => pending === 0,
    { timeoutMs, intervalMs: 50, what: 'every due job to be consumed' },
  );
}

/**
 * Every fan-out message consumed: the notifier deletes a message's outbox row in the same
 * transaction that writes its notifications, so none left means every in-app notification
 * of every committed event exists.
 */
export async function waitForNotificationsDelivered(db: Pool, timeoutMs = 120_000): Promise<void> {
  await pollUntil(
    async () => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_messages WHERE job_name = 'fan-out-event'`)).rows[0].n,
    (pending) => pending === 0,
    { timeoutMs, intervalMs: 20, what: 'every fan-out message to be consumed' },
  );
}

/**
 * The spine's events were committed with the notifier stopped; their notifications are part of
 * no figure, and delivering them (thousands of emails) would only make the bench longer. Their
 * fan-out jobs and outbox rows are discarded before the notifier starts again.
 */
export async function discardSpineNotifications(db: Pool, queuePrefix: string): Promise<number> {
  const url = new URL(REDIS_URL);
  const queue = new Queue(QUEUES.NOTIFICATIONS, { connection: { host: url.hostname, port: Number(url.port || 6379) }, prefix: queuePrefix });
  try {
    await queue.drain(true);
  } finally {
    await queue.close();
  }
  const { rowCount } = await db.query(`DELETE FROM outbox_messages WHERE job_name = 'fan-out-event'`);
  return rowCount ?? 0;
}
