import { Logger } from '@nestjs/common';

/**
 * Runs `work` every `intervalMs`, one run at a time (the next waits for the previous to end),
 * logging failures instead of stopping. `stop` waits for a run in progress.
 */
export class PeriodicTask {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;

  constructor(
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly work: () => Promise<void>,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.work()
        .catch((error: unknown) => this.logger.warn({ msg: `${this.name} failed`, err: (error as Error).message }))
        .finally(() => {
          this.running = null;
          this.schedule();
        });
    }, this.intervalMs);
  }
}
