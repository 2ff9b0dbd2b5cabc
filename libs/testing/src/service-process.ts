import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { pollUntil } from './poll-until';

export type ServiceName = 'api' | 'workflow' | 'notifier';
export const SERVICE_NAMES: readonly ServiceName[] = ['api', 'workflow', 'notifier'];

/** The repository root, from `libs/testing/src` and from `dist/libs/testing/src` alike. */
export const REPOSITORY_ROOT = path.resolve(__dirname, '../../..').replace(/[\\/]dist$/, '');

export interface ServiceProcessOptions {
  /** The script to run, relative to the repository root; default `dist/apps/<name>/src/main.js`. */
  entry?: string;
  /**
   * Another sign of readiness besides the "<name> ready" log line (which a service does not
   * print below LOG_LEVEL=info), e.g. a health probe.
   */
  isReady?: () => Promise<boolean>;
  /** Node's own flags for the child (`--cpu-prof`, which NODE_OPTIONS refuses). */
  nodeArgs?: readonly string[];
  /** Log lines kept (the oldest dropped first); default all of them. */
  keepLines?: number;
  startTimeoutMs?: number;
}

/**
 * A process run as a user runs it: `node dist/apps/<name>/src/main.js`, built beforehand by
 * `npm test` or `npm run build`. Keeps its log lines so a caller can wait for "ready" and show
 * them on failure. Used by the end-to-end suites, the bench and the seed's test.
 */
export class ServiceProcess {
  readonly lines: string[] = [];
  private child: ChildProcess | null = null;
  private exited: Promise<number | null> = Promise.resolve(null);

  constructor(
    readonly name: string,
    private readonly env: Record<string, string>,
    private readonly options: ServiceProcessOptions = {},
  ) {}

  async start(): Promise<this> {
    const entry = path.join(REPOSITORY_ROOT, this.options.entry ?? path.join('dist', 'apps', this.name, 'src', 'main.js'));
    const child = spawn(process.execPath, [...(this.options.nodeArgs ?? []), entry], {
      cwd: REPOSITORY_ROOT,
      env: { PATH: process.env.PATH ?? '', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    const keep = this.options.keepLines ?? Infinity;
    for (const stream of [child.stdout!, child.stderr!]) {
      let buffer = '';
      stream.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const parts = buffer.split('\n');
        buffer = parts.pop() ?? '';
        this.lines.push(...parts.filter(Boolean));
        if (this.lines.length > keep) this.lines.splice(0, this.lines.length - keep);
      });
    }
    const isReady = this.options.isReady ?? (async () => false);
    await pollUntil(
      async () =>
        !this.running || this.lines.some((line) => line.includes(`${this.name} ready`)) || (await isReady().catch(() => false)),
      Boolean,
      { timeoutMs: this.options.startTimeoutMs ?? 60_000, intervalMs: 50, what: `${this.name} to start` },
    );
    if (!this.running) throw new Error(`${this.name} exited at start:\n${this.logs()}`);
    return this;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  get pid(): number | undefined {
    return this.running ? this.child!.pid : undefined;
  }

  /** SIGTERM and wait: a graceful stop; SIGKILL if it is not gone after `killAfterMs`. */
  async stop(killAfterMs = 30_000): Promise<number | null> {
    if (!this.running) return this.child?.exitCode ?? null;
    this.child!.kill('SIGTERM');
    const killer = setTimeout(() => this.child?.kill('SIGKILL'), killAfterMs);
    try {
      return await this.exited;
    } finally {
      clearTimeout(killer);
    }
  }

  /** SIGKILL: the process dies wherever it is. */
  async kill(): Promise<void> {
    if (!this.running) return;
    this.child!.kill('SIGKILL');
    await this.exited;
  }

  logs(lastLines = Infinity): string {
    return this.lines.slice(-lastLines).join('\n');
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

export interface RunningServices {
  services: Record<ServiceName, ServiceProcess>;
  baseUrl: string;
  stopAll: () => Promise<void>;
}

/**
 * The three services against one environment, the API on a free port of 127.0.0.1. Those not
 * in `names` are created but not started (a test starts them later).
 */
export async function startServices(
  env: Record<string, string>,
  names: readonly ServiceName[] = SERVICE_NAMES,
  options: Partial<Record<ServiceName, ServiceProcessOptions>> = {},
): Promise<RunningServices> {
  const port = await freePort();
  const serviceEnv = { ...env, PORT: String(port) };
  const services = Object.fromEntries(
    SERVICE_NAMES.map((name) => [name, new ServiceProcess(name, serviceEnv, options[name])]),
  ) as Record<ServiceName, ServiceProcess>;
  const stopAll = async () => {
    await Promise.all(Object.values(services).map((service) => service.stop()));
  };
  try {
    await Promise.all(names.map((name) => services[name].start()));
  } catch (error) {
    await stopAll();
    throw error;
  }
  return { services, baseUrl: `http://127.0.0.1:${port}`, stopAll };
}
