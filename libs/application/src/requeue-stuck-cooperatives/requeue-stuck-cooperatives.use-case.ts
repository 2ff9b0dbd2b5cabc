import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DomainEventType, JobName } from '@kdmp/contracts';
import { AppConfig } from '@kdmp/config';
import { OutboxStore, outboxMessageFor } from '@kdmp/persistence';

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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxStore,
    private readonly config: AppConfig,
  ) {}

  async execute(limit = 100): Promise<number> {
    let requeued = 0;
    for (const { state, job, event } of WORKER_DRIVEN_STATES) {
      const messages = await this.dataSource.transaction(async (tx) => {
        const stuck = (await tx.query(
          `SELECT c.id, e.id AS event_id, e.correlation_id
             FROM cooperatives c
             JOIN LATERAL (
               SELECT id, correlation_id FROM domain_events
                WHERE aggregate_id = c.id AND type = $2 ORDER BY sequence DESC LIMIT 1
             ) e ON true
            WHERE c.state = $1
              AND c.state_changed_at < now() - $3 * interval '1 millisecond'
              AND NOT EXISTS (SELECT 1 FROM outbox_messages o WHERE o.job_name = $4 AND o.payload->>'aggregateId' = c.id::text)
            ORDER BY c.state_changed_at
            LIMIT $5
            FOR UPDATE OF c SKIP LOCKED`,
          [state, event, this.config.get('STUCK_AFTER_MS'), job, limit],
        )) as { id: string; event_id: string; correlation_id: string }[];
        const rows = stuck.map((cooperative) =>
          outboxMessageFor(
            {
              name: job,
              payload: { eventId: cooperative.event_id, eventType: event, aggregateId: cooperative.id, correlationId: cooperative.correlation_id },
            },
            cooperative.correlation_id,
          ),
        );
        await this.outbox.insert(tx, rows, 0);
        return rows;
      });
      this.outbox.committed(messages);
      requeued += messages.length;
    }
    return requeued;
  }
}
