import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { RequeueStuckCooperativesUseCase } from '@kdmp/application';
import { AppConfig } from '@kdmp/config';
import { PeriodicTask } from '@kdmp/messaging';

/** Part of the reconciler: periodically puts back cooperatives whose worker job was lost. */
@Injectable()
export class StuckCooperativeSweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(StuckCooperativeSweeper.name);
  private readonly task: PeriodicTask;

  constructor(requeue: RequeueStuckCooperativesUseCase, config: AppConfig) {
    this.task = new PeriodicTask(
      'stuck cooperative sweep',
      config.get('RECONCILE_INTERVAL_MS'),
      async () => {
        const count = await requeue.execute();
        if (count > 0) this.logger.warn({ msg: 'requeued stuck cooperatives', count });
      },
      this.logger,
    );
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }
}
