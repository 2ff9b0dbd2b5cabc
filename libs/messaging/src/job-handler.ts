import { SetMetadata } from '@nestjs/common';
import type { JobName, JobPayloads } from '@kdmp/contracts';

/** What a consumer receives: the job's payload and the id of the outbox row that carried it. */
export type QueuedJobData<J extends JobName = JobName> = JobPayloads[J] & { messageId: string };

/** What a handler reports; "skipped" when the message needed nothing (a duplicate, a stale timer). */
export type JobOutcome = 'processed' | 'skipped';

/** Where a job stands in its retries: attempt 1 is the first. */
export interface JobAttempt {
  attempt: number;
  maxAttempts: number;
}

export interface JobHandler<J extends JobName = JobName> {
  handle(data: QueuedJobData<J>, attempt: JobAttempt): Promise<JobOutcome>;
}

export const JOB_HANDLER_METADATA = 'kdmp:job-handler';

/** Marks a provider as the handler of one job; each job has exactly one (checked at boot). */
export const HandlesJob = (name: JobName): ClassDecorator => SetMetadata(JOB_HANDLER_METADATA, name);
