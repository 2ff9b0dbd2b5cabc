import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@kdmp/config';
import { InboxService, OutboxStore } from '@kdmp/persistence';
import { QueueGateway } from './queue-gateway';
import { PeriodicTask } from './periodic-task';

const INBOX_PRUNE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Puts back work that Redis lost. Postgres is the truth: an outbox row still there long after
 * it was published (and was due) was never consumed, so its job is published again; the job id
 * makes that a no-op while the job still exists, and the consumer's inbox makes a second run
 * harmless. Also prunes old inbox records.
 */
@Injectable()
export class OutboxReconciler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxReconciler.name);
  private readonly task: PeriodicTask;
  private lastPrune = 0;

  constructor(
    private readonly outbox: OutboxStore,
    private readonly inbox: InboxService,
    private readonly gateway: QueueGateway,
    private readonly config: AppConfig,
  ) {
    this.task = new PeriodicTask('reconcile', config.get('RECONCILE_INTERVAL_MS'), async () => void (await this.reconcileOnce()), this.logger);
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }

  /** One pass; public so tests and the CLI can run it on demand. */
  async reconcileOnce(): Promise<number> {
    let republished = 0;
    for (;;) {
      const batch = await this.outbox.sweep(
        'unconsumed',
        this.config.get('OUTBOX_BATCH_SIZE'),
        this.config.get('OUTBOX_REPUBLISH_AFTER_MS'),
        (messages) => this.gateway.publish(messages),
      );
      republished += batch;
      if (batch < this.config.get('OUTBOX_BATCH_SIZE')) break;
    }
    if (republished > 0) this.logger.warn({ msg: 'republished unconsumed outbox rows', rows: republished });
    if (Date.now() - this.lastPrune > INBOX_PRUNE_INTERVAL_MS) {
      this.lastPrune = Date.now();
      await this.inbox.prune(this.config.get('INBOX_RETENTION_HOURS'));
    }
    return republished;
  }
}
