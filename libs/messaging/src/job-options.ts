import type { JobsOptions } from 'bullmq';
import { QueueName, QUEUES } from '@kdmp/contracts';
import type { AppConfig } from '@kdmp/config';

const common: JobsOptions = {
  // Completed jobs stay an hour so a re-publish of the same outbox row is dropped by jobId.
  removeOnComplete: { age: 3_600, count: 50_000 },
  // A job that used up its attempts is removed: its outbox row stays, and the reconciler
  // publishes it again later, so a message is never dropped for good by Redis alone.
  removeOnFail: true,
};

/**
 * Retry policy per queue. Deliveries retry on the configured schedule (exponential with
 * jitter); the last failure marks the notification DEAD.
 */
export function jobOptions(queue: QueueName, config: AppConfig): JobsOptions {
  switch (queue) {
    case QUEUES.PIPELINE:
    case QUEUES.NOTIFICATIONS:
      return { ...common, attempts: 8, backoff: { type: 'exponential', delay: 500 } };
    case QUEUES.DELIVERIES:
      return {
        ...common,
        attempts: config.get('DELIVERY_MAX_ATTEMPTS'),
        backoff: { type: 'exponential', delay: config.get('DELIVERY_BACKOFF_BASE_MS'), jitter: 0.5 },
      };
  }
}
