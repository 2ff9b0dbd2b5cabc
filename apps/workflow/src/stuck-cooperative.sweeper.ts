import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { RequeueStuckCooperativesUseCase } from '@kdmp/application';
import { AppConfig } from '@kdmp/config';

/** Part of the reconciler: periodically puts back cooperatives whose worker job was lost. */
@Injectable()
export class StuckCooperativeSweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(StuckCooperativeSweeper.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly requeue: RequeueStuckCooperativesUseCase,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.requeue
        .execute()
        .then((count) => {
          if (count > 0) this.logger.warn({ msg: 'requeued stuck cooperatives', count });
        })
        .catch((error: unknown) => this.logger.warn({ msg: 'stuck sweep failed', err: (error as Error).message }))
        .finally(() => {
          this.running = null;
          this.schedule();
        });
    }, this.config.get('RECONCILE_INTERVAL_MS'));
  }
}
