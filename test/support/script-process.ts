import { ChildProcess, spawn } from 'node:child_process';
import { REPOSITORY_ROOT } from '@kdmp/testing';

export interface ScriptResult {
  code: number | null;
  output: string;
}

/**
 * A command run to its end as a user runs it from the repository root (the seed, the README's
 * examples), its stdout and stderr kept together. `kill()` ends it wherever it is.
 */
export class ScriptProcess {
  output = '';
  private readonly child: ChildProcess;
  readonly finished: Promise<ScriptResult>;

  constructor(command: string, args: readonly string[], env: Record<string, string>, { timeoutMs = 300_000, input }: { timeoutMs?: number; input?: string } = {}) {
    this.child = spawn(command, args, {
      cwd: REPOSITORY_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (input !== undefined) this.child.stdin!.end(input);
    for (const stream of [this.child.stdout!, this.child.stderr!]) stream.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    this.finished = new Promise((resolve) =>
      this.child.once('close', (code) => {
        clearTimeout(timer);
        resolve({ code, output: this.output });
      }),
    );
  }

  async kill(): Promise<ScriptResult> {
    this.child.kill('SIGKILL');
    return this.finished;
  }
}
