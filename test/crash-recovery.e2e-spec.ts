import request from 'supertest';
import { Queue } from 'bullmq';
import {
  createTestEnvironment,
  kukarVillages,
  pollUntil,
  registrationFor,
  ServiceProcess,
  startServices,
  TestEnvironment,
} from '@kdmp/testing';

const LOCK_MS = '3000';

/** Welcomes (the cooperative's own in-app notification) per cooperative. */
async function welcomesPerCooperative(environment: TestEnvironment): Promise<Map<string, number>> {
  const { rows } = await environment.db.query<{ cooperative_id: string; welcomes: number }>(
    `SELECT c.id AS cooperative_id, count(n.id)::int AS welcomes
       FROM cooperatives c
       LEFT JOIN users u ON u.cooperative_id = c.id
       LEFT JOIN notifications n ON n.recipient_id = u.id AND n.event_type = 'cooperative.registered' AND n.channel = 'IN_APP'
      GROUP BY c.id`,
  );
  return new Map(rows.map((row) => [row.cooperative_id, row.welcomes]));
}

const everyoneWelcomedOnce = (expected: number) => (welcomes: Map<string, number>) =>
  welcomes.size === expected && [...welcomes.values()].every((count) => count === 1);

async function registerMany(baseUrl: string, bodies: Record<string, unknown>[], parallel = 20): Promise<void> {
  for (let start = 0; start < bodies.length; start += parallel) {
    await Promise.all(
      bodies.slice(start, start + parallel).map((body) => request(baseUrl).post('/v1/cooperatives').send(body).expect(201)),
    );
  }
}

describe('crash recovery', () => {
  const villages = kukarVillages();
  let environment: TestEnvironment;
  let stack: Awaited<ReturnType<typeof startServices>> | undefined;

  beforeEach(async () => {
    environment = await createTestEnvironment({ JOB_LOCK_DURATION_MS: LOCK_MS, DATABASE_STATEMENT_TIMEOUT_MS: '2500' });
  });

  afterEach(async () => {
    await stack?.stopAll();
    stack = undefined;
    await environment.dispose();
  });

  it('a notifier killed with SIGKILL while 200 registrations are in flight, then restarted: one welcome each', async () => {
    stack = await startServices(environment.env);
    const registering = registerMany(stack.baseUrl, villages.slice(0, 200).map((village) => registrationFor(village)));
    // Kill the notifier once it is part-way through.
    await pollUntil(
      async () => (await environment.db.query(`SELECT count(*)::int AS n FROM notifications`)).rows[0].n,
      (n) => n >= 20,
      { what: 'the notifier to be part-way through' },
    );
    await stack.services.notifier.kill();
    await registering;
    stack.services.notifier = await new ServiceProcess('notifier', { ...environment.env }).start();

    const welcomes = await pollUntil(() => welcomesPerCooperative(environment), everyoneWelcomedOnce(200), {
      timeoutMs: 60_000,
      what: 'every cooperative to have exactly one welcome',
    });
    expect(welcomes.size).toBe(200);
    await pollUntil(
      async () => (await environment.db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE job_name = 'fan-out-event'`)).rows[0].n,
      (n) => n === 0,
      { what: 'the outbox to drain' },
    );
  });

  it('Redis flushed while events are in flight: the reconciler publishes them again', async () => {
    stack = await startServices(environment.env, ['api', 'workflow']);
    await registerMany(stack.baseUrl, villages.slice(0, 30).map((village) => registrationFor(village)));
    // Every row reached Redis and is waiting for the (stopped) notifier...
    await pollUntil(
      async () => (await environment.db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE published_at IS NULL`)).rows[0].n,
      (n) => n === 0,
      { what: 'every outbox row to be published' },
    );
    // ...when Redis loses everything.
    expect(await environment.flushQueues()).toBeGreaterThan(0);
    stack.services.notifier = await new ServiceProcess('notifier', { ...environment.env }).start();

    await pollUntil(() => welcomesPerCooperative(environment), everyoneWelcomedOnce(30), {
      timeoutMs: 30_000,
      what: 'every cooperative to be welcomed after the flush',
    });
  });

  it('a process killed between commit and publish: the sweeper publishes the rows, one job, one effect', async () => {
    // An API whose Redis never answers commits registrations but cannot publish them...
    const deadRedis = { ...environment.env, REDIS_URL: 'redis://127.0.0.1:1' };
    const lonely = await startServices(deadRedis, ['api']);
    await registerMany(lonely.baseUrl, villages.slice(0, 5).map((village) => registrationFor(village)));
    // ...and dies before publishing.
    await lonely.services.api.kill();
    const { rows } = await environment.db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE published_at IS NULL`);
    expect(rows[0].n).toBe(5);

    stack = await startServices(environment.env, ['workflow', 'notifier']);
    await pollUntil(() => welcomesPerCooperative(environment), everyoneWelcomedOnce(5), {
      what: 'the swept rows to be delivered',
    });
    await pollUntil(
      async () => (await environment.db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE job_name = 'fan-out-event'`)).rows[0].n,
      (n) => n === 0,
      { what: 'the outbox to drain' },
    );
  });

  it('a process killed between addBulk and marking rows sent: the job is not doubled and has one effect', async () => {
    const deadRedis = { ...environment.env, REDIS_URL: 'redis://127.0.0.1:1' };
    const lonely = await startServices(deadRedis, ['api']);
    await registerMany(lonely.baseUrl, villages.slice(0, 3).map((village) => registrationFor(village)));
    await lonely.services.api.kill();

    // What the dead process did before dying: the jobs reached Redis, the rows were never marked.
    const { rows } = await environment.db.query<{ id: string; job_id: string; job_name: string; payload: object }>(
      `SELECT id, job_id, job_name, payload FROM outbox_messages`,
    );
    const queue = new Queue('notifications', { connection: { url: environment.env.REDIS_URL }, prefix: environment.queuePrefix });
    await queue.addBulk(rows.map((row) => ({ name: row.job_name, data: { ...row.payload, messageId: row.id }, opts: { jobId: row.job_id } })));

    stack = await startServices(environment.env, ['workflow', 'notifier']);
    await pollUntil(() => welcomesPerCooperative(environment), everyoneWelcomedOnce(3), { what: 'one welcome each' });
    await pollUntil(
      async () => (await environment.db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE job_name = 'fan-out-event'`)).rows[0].n,
      (n) => n === 0,
      { what: 'the outbox to drain' },
    );
    // One job per row, whoever published it.
    const counts = await queue.getJobCounts('completed', 'waiting', 'active', 'delayed', 'failed');
    expect(counts.completed + counts.waiting + counts.active + counts.delayed).toBe(3);
    const { rows: inbox } = await environment.db.query(`SELECT count(*)::int AS n FROM inbox_messages WHERE consumer = 'notifier:fan-out-event'`);
    expect(inbox[0].n).toBe(3);
    await queue.close();
  });
});
