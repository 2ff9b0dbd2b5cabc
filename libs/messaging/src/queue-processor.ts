import { Logger, OnApplicationBootstrap, Type } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { QueueName } from '@kdmp/contracts';
import { AppConfig, newCorrelationId, runWithCorrelationId } from '@kdmp/config';
import { JobDispatcher } from './job-dispatcher';
import { JobOutcome, QueuedJobData } from './job-handler';

/**
 * A BullMQ worker for one queue that hands each job to its handler, inside the job's
 * correlation id so every log line of the work carries it.
 */
export function queueProcessorFor(queue: QueueName): Type<WorkerHost> {
  @Processor(queue, { autorun: true })
  class QueueProcessor extends WorkerHost implements OnApplicationBootstrap {
    private readonly logger = new Logger(`${queue}-processor`);

    constructor(
      private readonly dispatcher: JobDispatcher,
      private readonly config: AppConfig,
    ) {
      super();
    }

    onApplicationBootstrap(): void {
      this.worker.concurrency = this.config.get('WORKER_CONCURRENCY');
      this.worker.on('failed', (job, error) => {
        this.logger.warn({ msg: 'job failed', jobId: job?.id, job: job?.name, attemptsMade: job?.attemptsMade, err: error.message });
      });
    }

    process(job: Job<QueuedJobData>): Promise<JobOutcome> {
      const correlationId = job.data.correlationId ?? newCorrelationId();
      return runWithCorrelationId(correlationId, () => this.dispatcher.dispatch(job.name, job.data));
    }
  }
  Object.defineProperty(QueueProcessor, 'name', { value: `${queue}QueueProcessor` });
  return QueueProcessor;
}
