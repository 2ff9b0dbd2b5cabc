import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { QueueName, QUEUES } from '@kdmp/contracts';
import { AppConfig, newCorrelationId, runWithCorrelationId } from '@kdmp/config';
import { CONSUMED_QUEUES, JobDispatcher } from './job-dispatcher';
import { JobOutcome, QueuedJobData } from './job-handler';
import { redisConnectionOptions } from './redis-connection';

/**
 * One BullMQ worker per queue this process consumes, built from the validated configuration
 * (concurrency, lock duration). Each job runs inside its correlation id. On shutdown the
 * workers stop taking jobs and wait for the active ones; a job cut off by a crash is found
 * stalled once its lock expires and runs again, and the consumer's inbox keeps that harmless.
 */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(QueueWorkers.name);
  private readonly workers: Worker[] = [];

  constructor(
    @Inject(CONSUMED_QUEUES) private readonly queues: readonly QueueName[],
    private readonly dispatcher: JobDispatcher,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const lockDuration = this.config.get('JOB_LOCK_DURATION_MS');
    for (const queue of this.queues) {
      const worker = new Worker(queue, (job: Job<QueuedJobData>) => this.process(job), {
        connection: redisConnectionOptions(this.config.get('REDIS_URL')),
        prefix: this.config.get('QUEUE_PREFIX'),
        concurrency: queue === QUEUES.DELIVERIES ? this.config.get('DELIVERY_CONCURRENCY') : this.config.get('WORKER_CONCURRENCY'),
        lockDuration,
        stalledInterval: lockDuration,
        maxStalledCount: 5,
      });
      worker.on('failed', (job, error) =>
        this.logger.warn({ msg: 'job failed', queue, jobId: job?.id, job: job?.name, attemptsMade: job?.attemptsMade, err: error.message }),
      );
      worker.on('error', (error) => this.logger.warn({ msg: 'worker error', queue, err: error.message }));
      this.workers.push(worker);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
  }

  private process(job: Job<QueuedJobData>): Promise<JobOutcome> {
    const correlationId = job.data.correlationId ?? newCorrelationId();
    const attempt = { attempt: job.attemptsMade + 1, maxAttempts: job.opts.attempts ?? 1 };
    return runWithCorrelationId(correlationId, () => this.dispatcher.dispatch(job.name, job.data, attempt));
  }
}
