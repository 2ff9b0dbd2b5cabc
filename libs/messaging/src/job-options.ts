import type { JobsOptions } from 'bullmq';
import { QueueName, QUEUES } from '@kdmp/contracts';

const common: JobsOptions = {
  // Completed jobs stay an hour so a re-publish of the same outbox row is dropped by jobId.
  removeOnComplete: { age: 3_600, count: 50_000 },
  // A job that used up its attempts is removed: its outbox row stays, and the reconciler
  // publishes it again later, so a message is never dropped for good by Redis alone.
  removeOnFail: true,
};

/** Retry policy per queue. */
export const JOB_OPTIONS: { readonly [Q in QueueName]: JobsOptions } = {
  [QUEUES.PIPELINE]: { ...common, attempts: 8, backoff: { type: 'exponential', delay: 500 } },
  [QUEUES.NOTIFICATIONS]: { ...common, attempts: 8, backoff: { type: 'exponential', delay: 500 } },
};
