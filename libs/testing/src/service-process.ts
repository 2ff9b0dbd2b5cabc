import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { pollUntil } from './poll-until';

export type ServiceName = 'api' | 'workflow' | 'notifier';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * A service run as a user runs it: `node dist/apps/<name>/src/main.js`, built beforehand by
 * `npm test`. Keeps its log lines so a test can wait for "ready" and show them on failure.
 */
export class ServiceProcess {
  readonly lines: string[] = [];
  private child: ChildProcess | null = null;
  private exited: Promise<number | null> = Promise.resolve(null);

  constructor(
    readonly name: ServiceName,
    private readonly env: Record<string, string>,
  ) {}

  async start(): Promise<this> {
    const entry = path.join(ROOT, 'dist', 'apps', this.name, 'src', 'main.js');
    const child = spawn(process.execPath, [entry], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    for (const stream of [child.stdout!, child.stderr!]) {
      let buffer = '';
      stream.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const parts = buffer.split('\n');
        buffer = parts.pop() ?? '';
        this.lines.push(...parts.filter(Boolean));
      });
    }
    await pollUntil(
      async () => this.lines.some((line) => line.includes(`${this.name} ready`)) || child.exitCode !== null,
      Boolean,
      { timeoutMs: 60_000, what: `${this.name} to start` },
    );
    if (child.exitCode !== null) throw new Error(`${this.name} exited at start:\n${this.lines.join('\n')}`);
    return this;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** SIGTERM and wait: a graceful stop. */
  async stop(): Promise<number | null> {
    if (!this.running) return this.child?.exitCode ?? null;
    this.child!.kill('SIGTERM');
    return this.exited;
  }

  /** SIGKILL: the process dies wherever it is. */
  async kill(): Promise<void> {
    if (!this.running) return;
    this.child!.kill('SIGKILL');
    await this.exited;
  }

  logs(): string {
    return this.lines.join('\n');
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

/** The three services against one test environment; the API on a free port. */
export async function startServices(
  env: Record<string, string>,
  names: readonly ServiceName[] = ['api', 'workflow', 'notifier'],
): Promise<{ services: Record<ServiceName, ServiceProcess>; baseUrl: string; stopAll: () => Promise<void> }> {
  const port = await freePort();
  const serviceEnv = { ...env, PORT: String(port) };
  const services = Object.fromEntries(
    (['api', 'workflow', 'notifier'] as const).map((name) => [name, new ServiceProcess(name, serviceEnv)]),
  ) as Record<ServiceName, ServiceProcess>;
  await Promise.all(names.map((name) => services[name].start()));
  return {
    services,
    baseUrl: `http://127.0.0.1:${port}`,
    stopAll: async () => {
      await Promise.all(Object.values(services).map((service) => service.stop()));
    },
  };
}
