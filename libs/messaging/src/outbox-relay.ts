import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@kdmp/config';
import { OutboxMessage, OutboxStore } from '@kdmp/persistence';
import { QueueGateway } from './queue-gateway';
import { PeriodicTask } from './periodic-task';

/**
 * Carries outbox rows to BullMQ. Rows this process commits are published right after the
 * commit, batched, off the request's path; a sweeper (one loop per process, rows locked with
 * SKIP LOCKED so replicas share them) publishes rows that a process left unsent, e.g. one
 * that died between commit and publish.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private pending: OutboxMessage[] = [];
  private flushing: Promise<void> | null = null;
  /** Marks of published batches still being written: the next batch does not wait for them. */
  private readonly marking = new Set<Promise<void>>();
  private readonly sweeper: PeriodicTask;

  constructor(
    private readonly store: OutboxStore,
    private readonly gateway: QueueGateway,
    private readonly config: AppConfig,
  ) {
    this.store.onCommitted((messages) => this.publishSoon(messages));
    this.sweeper = new PeriodicTask('outbox sweep', config.get('OUTBOX_SWEEP_INTERVAL_MS'), () => this.sweepOnce(), this.logger);
  }

  onApplicationBootstrap(): void {
    this.sweeper.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.sweeper.stop();
    await this.flush();
  }

  /** Queues rows for publishing; they leave in batches that form by themselves under load. */
  publishSoon(messages: OutboxMessage[]): void {
    this.pending.push(...messages);
    if (!this.flushing) this.flushing = this.flushLoop().finally(() => (this.flushing = null));
  }

  /** Waits until every row handed over so far has been published (or failed to be). */
  async flush(): Promise<void> {
    while (this.flushing || this.marking.size > 0) {
      await this.flushing;
      await Promise.all([...this.marking]);
    }
  }

  private async flushLoop(): Promise<void> {
    // Let the current tick's commits join the batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.config.get('OUTBOX_BATCH_SIZE'));
      try {
        await this.gateway.publish(batch);
      } catch (error) {
        // The rows stay unpublished in Postgres; the sweeper takes them after a second.
        this.logger.warn({ msg: 'publish after commit failed', err: (error as Error).message, rows: batch.length });
        continue;
      }
      this.markSoon(batch);
    }
  }

  /**
   * Records the batch as published without holding up the next one: jobs committed meanwhile
   * go to Redis a round trip sooner. A mark that fails leaves rows the sweeper publishes again,
   * which BullMQ drops by job id.
   */
  private markSoon(batch: OutboxMessage[]): void {
    const marked = this.store
      .markPublished(
        batch.map((message) => message.id),
        this.config.get('OUTBOX_REPUBLISH_AFTER_MS'),
      )
      .catch((error: Error) => this.logger.warn({ msg: 'marking published rows failed', err: error.message, rows: batch.length }))
      .finally(() => this.marking.delete(marked));
    this.marking.add(marked);
  }

  private async sweepOnce(): Promise<void> {
    const published = await this.store.sweep(
      'unpublished',
      this.config.get('OUTBOX_BATCH_SIZE'),
      this.config.get('OUTBOX_REPUBLISH_AFTER_MS'),
      (messages) => this.gateway.publish(messages),
    );
    if (published > 0) this.logger.log({ msg: 'swept unpublished outbox rows', rows: published });
  }
}
