import type { DomainEventType } from './domain-events';

/**
 * Every queue and every job, declared once. Queue names are never renamed while jobs may sit
 * in them; nothing else in the code base spells them as literals.
 */
export const QUEUES = {
  /** Consumed by apps/workflow: screening, matching, timers. */
  PIPELINE: 'pipeline',
  /** Consumed by apps/notifier: turns an event into notification rows. */
  NOTIFICATIONS: 'notifications',
  /** Consumed by apps/notifier: delivers one email or webhook, with retries. */
  DELIVERIES: 'deliveries',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Fields every job carries: job data holds ids, never personal data. */
export interface JobEnvelope {
  correlationId: string;
}

/** The payload of every job, by job name. */
export interface JobPayloads {
  'fan-out-event': JobEnvelope & { eventId: string; eventType: DomainEventType; aggregateId: string };
  'screen-business-plan': JobEnvelope & { eventId: string; eventType: DomainEventType; aggregateId: string };
  'deliver-notification': JobEnvelope & { notificationId: string };
  /** The email of an invitation or a password-reset link (its token is derived again when written, never queued). */
  'send-account-email': JobEnvelope & { accountTokenId: string };
  'start-matching': JobEnvelope & { eventId: string; eventType: DomainEventType; aggregateId: string };
  'match-awaiting-cooperatives': JobEnvelope & { eventId: string; eventType: DomainEventType; aggregateId: string };
  'expire-match': JobEnvelope & { cooperativeId: string; matchId: string };
  'remind-review-stage': JobEnvelope & { cooperativeId: string; reviewId: string; stage: string };
  'escalate-review-stage': JobEnvelope & { cooperativeId: string; reviewId: string; stage: string };
}

export type JobName = keyof JobPayloads;

/** Which queue carries each job. A job name belongs to exactly one queue. */
export const JOB_QUEUES: { readonly [J in JobName]: QueueName } = {
  'fan-out-event': QUEUES.NOTIFICATIONS,
  'screen-business-plan': QUEUES.PIPELINE,
  'deliver-notification': QUEUES.DELIVERIES,
  'send-account-email': QUEUES.DELIVERIES,
  'start-matching': QUEUES.PIPELINE,
  'match-awaiting-cooperatives': QUEUES.PIPELINE,
  'expire-match': QUEUES.PIPELINE,
  'remind-review-stage': QUEUES.PIPELINE,
  'escalate-review-stage': QUEUES.PIPELINE,
};

export const JOB_NAMES = Object.keys(JOB_QUEUES) as JobName[];

/** A job as written to the outbox: which job, its payload, and optionally when it is due. */
export interface OutgoingJob<J extends JobName = JobName> {
  name: J;
  payload: JobPayloads[J];
  /** A deterministic job id (timers); defaults to the outbox row's id. */
  jobId?: string;
  /** For delayed jobs (timers): the earliest time the job may run. */
  runAt?: Date;
}
