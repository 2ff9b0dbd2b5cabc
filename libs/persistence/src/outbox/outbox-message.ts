import { v7 as uuidv7 } from 'uuid';
import {
  DomainEvent,
  jobsForEvent,
  JOB_QUEUES,
  JobName,
  JobPayloads,
  OutgoingJob,
  QueueName,
} from '@kdmp/contracts';

/** One outbox row: a job to put on a queue once the change that wrote it has committed. */
export interface OutboxMessage {
  id: string;
  jobId: string;
  queue: QueueName;
  jobName: JobName;
  payload: JobPayloads[JobName];
  correlationId: string;
  /** When a delayed job (a timer) may run; null for a job to run at once. */
  runAt: string | null;
}

export function outboxMessageFor(job: OutgoingJob, correlationId: string): OutboxMessage {
  const id = uuidv7();
  return {
    id,
    jobId: job.jobId ?? id,
    queue: JOB_QUEUES[job.name],
    jobName: job.name,
    // The job carries the correlation id of the change that scheduled it.
    payload: { ...job.payload, correlationId },
    correlationId,
    runAt: job.runAt ? job.runAt.toISOString() : null,
  };
}

/** The jobs an event starts, as EVENT_ROUTES names them (and EVENT_ROUTE_CONDITIONS allows). */
export function outboxMessagesForEvent(event: DomainEvent): OutboxMessage[] {
  return jobsForEvent(event.type, event.payload).map((name) =>
    outboxMessageFor(
      {
        name,
        payload: {
          eventId: event.id,
          eventType: event.type,
          aggregateId: event.aggregateId,
          correlationId: event.correlationId,
        },
      },
      event.correlationId,
    ),
  );
}
