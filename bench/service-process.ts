import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { Queue } from 'bullmq';
import { QUEUES } from '@kdmp/contracts';
import { REDIS_URL, ROOT } from './bench-environment';
import { peakRssMiB } from './memory';
import { pollUntil } from './stats';

/**
 * A process run as a user runs it (`node dist/.../main.js`), ready once it logs "<name> ready"
 * or its readiness probe says so (at LOG_LEVEL=warn the services do not log that line).
 * Adapted from libs/testing/src/service-process.ts (which the build does not compile). Before
 * each stop it reads the process's peak RSS, so a service stopped and started again keeps the
 * highest peak of its lives.
 */
export class ServiceProcess {
  private readonly lines: string[] = [];
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  /** The highest VmHWM seen over every life of this service, MiB. */
  peakRssMiB = NaN;

  constructor(
    readonly name: string,
    private readonly entry: string,
    private readonly env: Record<string, string>,
    private readonly isReady: () => Promise<boolean> = async () => false,
    /** Node's own flags for the child (`--cpu-prof`, which NODE_OPTIONS refuses). */
    private readonly nodeArgs: readonly string[] = [],
  ) {}

  get pid(): number | undefined {
    return this.running ? this.child!.pid : undefined;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<this> {
    const child = spawn(process.execPath, [...this.nodeArgs, path.join(ROOT, this.entry)], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    for (const stream of [child.stdout!, child.stderr!]) {
      let buffer = '';
      stream.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const parts = buffer.split('\n');
        buffer = parts.pop() ?? '';
        this.lines.push(...parts.filter(Boolean));
        if (this.lines.length > 500) this.lines.splice(0, this.lines.length - 500);
      });
    }
    await pollUntil(
      async () =>
        !this.running || this.lines.some((line) => line.includes(`${this.name} ready`)) || (await this.isReady().catch(() => false)),
      Boolean,
      { timeoutMs: 45_000, intervalMs: 100, what: `${this.name} to start` },
    );
    if (!this.running) throw new Error(`${this.name} exited at start:\n${this.logs()}`);
    return this;
  }

  /** Records the peak RSS, then SIGTERM; SIGKILL if it is not gone in 15 s. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.recordPeak();
    this.child!.kill('SIGTERM');
    const killer = setTimeout(() => this.child?.kill('SIGKILL'), 15_000);
    await this.exited;
    clearTimeout(killer);
  }

  recordPeak(): void {
    const peak = peakRssMiB(this.pid);
    if (!(this.peakRssMiB >= peak)) this.peakRssMiB = peak;
  }

  logs(): string {
    return this.lines.slice(-60).join('\n');
  }
}

export type ServiceName = 'api' | 'workflow' | 'notifier';
export const SERVICE_NAMES: readonly ServiceName[] = ['api', 'workflow', 'notifier'];

/** The three services against the bench environment, the API on a free port of 127.0.0.1. */
export class Services {
  readonly byName: Record<ServiceName, ServiceProcess>;

  private constructor(
    env: Record<string, string>,
    readonly baseUrl: string,
    nodeArgs: readonly string[],
  ) {
    const apiReady = async () => (await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(2_000) })).ok;
    const consuming = (queue: string) => async () => {
      const probe = new Queue(queue, { connection: redisOptions(), prefix: env.QUEUE_PREFIX });
      try {
        return (await probe.getWorkersCount()) > 0;
      } finally {
        await probe.close();
      }
    };
    const probes: Record<ServiceName, () => Promise<boolean>> = {
      api: apiReady,
      workflow: consuming(QUEUES.PIPELINE),
      notifier: consuming(QUEUES.NOTIFICATIONS),
    };
    this.byName = Object.fromEntries(
      SERVICE_NAMES.map((name) => [name, new ServiceProcess(name, `dist/apps/${name}/src/main.js`, env, probes[name], nodeArgs)]),
    ) as Record<ServiceName, ServiceProcess>;
  }

  /** `nodeArgs` go to every service's node (the bench's `--cpu-prof DIR`). */
  static async start(env: Record<string, string>, nodeArgs: readonly string[] = []): Promise<Services> {
    const port = await freePort();
    const services = new Services({ ...env, PORT: String(port) }, `http://127.0.0.1:${port}`, nodeArgs);
    try {
      await Promise.all(SERVICE_NAMES.map((name) => services.byName[name].start()));
    } catch (error) {
      await services.stopAll();
      throw error;
    }
    return services;
  }

  async stopAll(): Promise<void> {
    await Promise.all(SERVICE_NAMES.map((name) => this.byName[name].stop()));
  }

  peakRss(): Record<ServiceName, number> {
    for (const name of SERVICE_NAMES) this.byName[name].recordPeak();
    return Object.fromEntries(SERVICE_NAMES.map((name) => [name, this.byName[name].peakRssMiB])) as Record<ServiceName, number>;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function redisOptions() {
  const url = new URL(REDIS_URL);
  return { host: url.hostname, port: Number(url.port || 6379), maxRetriesPerRequest: null };
}
