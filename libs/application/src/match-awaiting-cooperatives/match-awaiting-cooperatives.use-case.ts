import { Injectable } from '@nestjs/common';
import type { DomainEventType } from '@kdmp/contracts';
import { InboxService, outboxMessageFor, PartnerRepository } from '@kdmp/persistence';
import { ConsumerResult } from '../common/consumer-outcome';

export const AWAITING_CONSUMER = 'workflow:match-awaiting-cooperatives';

/**
 * A partner registered or changed (more capacity, more regions): every cooperative waiting
 * for a partner that it now fits gets a matching job, written with this message's inbox
 * record so a redelivery queues nothing twice.
 */
@Injectable()
export class MatchAwaitingCooperativesUseCase {
  constructor(
    private readonly partners: PartnerRepository,
    private readonly inbox: InboxService,
  ) {}

  async execute(message: { messageId: string; eventId: string; eventType: DomainEventType; partnerId: string; correlationId: string }): Promise<ConsumerResult> {
    const partner = await this.partners.findById(message.partnerId);
    if (!partner || partner.activePartnerships >= partner.capacity) {
      await this.inbox.acknowledge(AWAITING_CONSUMER, message.messageId);
      return { kind: 'skipped', reason: 'no partner or no capacity' };
    }
    const outcome = await this.inbox.handleOnce(AWAITING_CONSUMER, message.messageId, async (tx) => {
      const waiting = (await tx.query(
        `SELECT c.id
           FROM cooperatives c
           JOIN business_plans p ON p.id = c.current_business_plan_id
          WHERE c.state = 'AWAITING_PARTNER'
            AND p.sector = ANY($1::text[])
            AND p.seeking_roles && $2::text[]
            AND (c.regency_code = ANY($3::text[]) OR c.province_code = ANY($3::text[]) OR 'NATIONAL' = ANY($3::text[]))
          ORDER BY c.state_changed_at`,
        [partner.sectors, partner.roles, partner.regionCodes],
      )) as { id: string }[];
      const jobs = waiting.map((cooperative) =>
        outboxMessageFor(
          {
            name: 'start-matching',
            payload: { eventId: message.eventId, eventType: message.eventType, aggregateId: cooperative.id, correlationId: message.correlationId },
          },
          message.correlationId,
        ),
      );
      return { result: jobs.length, outbox: jobs };
    });
    return outcome.kind === 'duplicate' ? { kind: 'skipped', reason: 'duplicate message' } : { kind: 'processed' };
  }
}
