import { Job, JobsOptions, Queue, Worker } from 'bullmq';
import { Pool } from 'pg';
import { percentile, sleep } from './stats';

/**
 * The baseline a hand-written system would reach: a plain BullMQ chain of four queues. Each
 * step (`pg` kind) runs one transaction, each statement sent on its own — BEGIN; SELECT … FOR
 * UPDATE the chain's row; UPDATE it; INSERT one log row; COMMIT — then adds the next step's
 * job. The `noop` kind only adds the next job. Same concurrency and pool size as the services'
 * defaults (WORKER_CONCURRENCY 16, DATABASE_POOL_SIZE 10), same job options as the system's.
 */
export type ChainKind = 'pg' | 'noop';

const STEPS = 4;
const CONCURRENCY = 16;
const JOB_OPTIONS: JobsOptions = {
  removeOnComplete: { age: 3_600, count: 50_000 },
  removeOnFail: true,
  attempts: 8,
  backoff: { type: 'exponential', delay: 500 },
};

interface StepData {
  chain: number;
  /** When the previous step committed (ms since epoch, stamped just before COMMIT); absent for the first step. */
  previousCommitAt?: number;
}

export interface ChainThroughput {
  stepsPerSecond: number;
}

export interface ChainLatency {
  p50Ms: number;
  p99Ms: number;
  samples: number;
  offeredStepsPerSecond: number;
}

export class RawChain {
  private readonly queues: Queue<StepData>[];
  private workers: Worker<StepData>[] = [];
  private nextChain = 1;
  private remaining = 0;
  private allDone: (() => void) | null = null;
  private latencies: number[] = [];

  private constructor(
    private readonly pool: Pool,
    private readonly connection: { host: string; port: number },
    private readonly prefix: string,
  ) {
    this.queues = Array.from({ length: STEPS }, (_, index) => new Queue<StepData>(`raw-chain-${index + 1}`, { connection: this.redis(), prefix }));
  }

  static async create(databaseUrl: string, redisUrl: string, prefix: string): Promise<RawChain> {
    const pool = new Pool({ connectionString: databaseUrl, max: 10, application_name: 'kdmp-bench-raw-chain' });
    pool.on('error', () => undefined); // an idle connection closed by the server is replaced, not fatal
    await pool.query(`CREATE TABLE IF NOT EXISTS bench_chain_items (id integer PRIMARY KEY, step integer NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`);
    await pool.query(`CREATE TABLE IF NOT EXISTS bench_chain_log (id bigserial PRIMARY KEY, chain_id integer NOT NULL, step integer NOT NULL, at timestamptz NOT NULL DEFAULT now())`);
    const url = new URL(redisUrl);
    return new RawChain(pool, { host: url.hostname, port: Number(url.port || 6379) }, prefix);
  }

  /** Closed loop: `chains` chains started at once; steps per second until the last one ends. */
  async throughput(kind: ChainKind, chains: number): Promise<ChainThroughput> {
    await this.startWorkers(kind);
    try {
      const first = await this.newChains(chains);
      const started = performance.now();
      const done = this.expect(chains);
      await this.queues[0].addBulk(first.map((chain) => ({ name: 'step', data: { chain }, opts: JOB_OPTIONS })));
      await withTimeout(done, 120_000, `${chains} raw chains`);
      return { stepsPerSecond: (chains * STEPS) / ((performance.now() - started) / 1000) };
    } finally {
      await this.stopWorkers();
    }
  }

  /** Open loop: chains arrive at `chainsPerSecond` for `seconds`; latency from a step's commit to the next step's write (steps 2–4). */
  async latency(chainsPerSecond: number, seconds: number): Promise<ChainLatency> {
    await this.startWorkers('pg');
    try {
      const total = Math.max(1, Math.round(chainsPerSecond * seconds));
      const chains = await this.newChains(total);
      this.latencies = [];
      const done = this.expect(total);
      const started = performance.now();
      let sent = 0;
      while (sent < total && performance.now() - started < (seconds + 5) * 1000) {
        const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * chainsPerSecond) + 1);
        if (due > sent) {
          await this.queues[0].addBulk(chains.slice(sent, due).map((chain) => ({ name: 'step', data: { chain }, opts: JOB_OPTIONS })));
          sent = due;
        }
        await sleep(5);
      }
      await withTimeout(done, 120_000, `${total} paced raw chains`);
      return {
        p50Ms: percentile(this.latencies, 50),
        p99Ms: percentile(this.latencies, 99),
        samples: this.latencies.length,
        offeredStepsPerSecond: chainsPerSecond * STEPS,
      };
    } finally {
      await this.stopWorkers();
    }
  }

  async close(): Promise<void> {
    await this.stopWorkers();
    await Promise.all(this.queues.map((queue) => queue.close()));
    await this.pool.end();
  }

  private redis() {
    return { ...this.connection, maxRetriesPerRequest: null };
  }

  private async newChains(count: number): Promise<number[]> {
    const first = this.nextChain;
    this.nextChain += count;
    await this.pool.query(`INSERT INTO bench_chain_items (id, step) SELECT g, 0 FROM generate_series($1::int, $2::int) AS g`, [first, first + count - 1]);
    return Array.from({ length: count }, (_, index) => first + index);
  }

  private expect(chains: number): Promise<void> {
    this.remaining = chains;
    return new Promise((resolve) => (this.allDone = resolve));
  }

  private async startWorkers(kind: ChainKind): Promise<void> {
    this.workers = this.queues.map(
      (queue, index) =>
        new Worker<StepData>(queue.name, (job) => this.step(kind, index + 1, job), {
          connection: this.redis(),
          prefix: this.prefix,
          concurrency: CONCURRENCY,
        }),
    );
    await Promise.all(this.workers.map((worker) => worker.waitUntilReady()));
  }

  private async stopWorkers(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    this.workers = [];
  }

  private async step(kind: ChainKind, step: number, job: Job<StepData>): Promise<void> {
    const { chain, previousCommitAt } = job.data;
    // Stamped just before COMMIT, as the system stamps domain_events.occurred_at before its commit.
    let committingAt = Date.now();
    if (kind === 'pg') {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT step FROM bench_chain_items WHERE id = $1 FOR UPDATE', [chain]);
        await client.query('UPDATE bench_chain_items SET step = $2, updated_at = now() WHERE id = $1', [chain, step]);
        if (previousCommitAt !== undefined) this.latencies.push(Date.now() - previousCommitAt);
        await client.query('INSERT INTO bench_chain_log (chain_id, step) VALUES ($1, $2)', [chain, step]);
        committingAt = Date.now();
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    }
    if (step < STEPS) {
      await this.queues[step].add('step', { chain, previousCommitAt: committingAt }, JOB_OPTIONS);
    } else if (--this.remaining === 0) {
      this.allDone?.();
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms))),
  ]).finally(() => clearTimeout(timer));
}
