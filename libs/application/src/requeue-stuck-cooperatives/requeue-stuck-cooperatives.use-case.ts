import { Injectable } from '@nestjs/common';
import type { DomainEventType, JobName } from '@kdmp/contracts';
import { AppConfig } from '@kdmp/config';
import { CooperativeRepository, OutboxStore, outboxMessageFor } from '@kdmp/persistence';

/**
 * States a worker must move a cooperative out of, the job that does it and the event that job
 * reacts to. A cooperative sitting in one longer than STUCK_AFTER_MS, with no such job in
 * flight, lost its job (Redis lost it after publishing): the job is queued again, through the
 * outbox, and the worker's own checks make a second run harmless.
 */
const WORKER_DRIVEN_STATES: readonly { state: string; job: JobName & 'screen-business-plan'; event: DomainEventType }[] = [
  { state: 'PLAN_SUBMITTED', job: 'screen-business-plan', event: 'business-plan.submitted' },
];

@Injectable()
export class RequeueStuckCooperativesUseCase {
  constructor(
    private readonly cooperatives: CooperativeRepository,
    private readonly outbox: OutboxStore,
    private readonly config: AppConfig,
  ) {}

  async execute(limit = 100): Promise<number> {
    let requeued = 0;
    for (const { state, job, event } of WORKER_DRIVEN_STATES) {
      const messages = await this.outbox.queueWith(0, async (tx) => {
        const stuck = await this.cooperatives.stuck(tx, { state, event, job, stuckAfterMs: this.config.get('STUCK_AFTER_MS'), limit });
        return stuck.map((cooperative) =>
          outboxMessageFor(
            {
              name: job,
              payload: { eventId: cooperative.eventId, eventType: event, aggregateId: cooperative.id, correlationId: cooperative.correlationId },
            },
            cooperative.correlationId,
          ),
        );
      });
      requeued += messages.length;
    }
    return requeued;
  }
}
