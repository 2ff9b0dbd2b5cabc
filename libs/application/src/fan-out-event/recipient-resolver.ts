import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { RecipientKind } from '@kdmp/notifications';
import { CooperativeEntity, DomainEventEntity, PartnerEntity, PartnerRepository, UserEntity, UserRepository } from '@kdmp/persistence';

/**
 * Who a matrix row means for one event: the users to notify. Reviewers are those assigned to
 * the event's stage whose regions cover the cooperative (or who have no region limit).
 */
@Injectable()
export class RecipientResolver {
  constructor(
    private readonly users: UserRepository,
    private readonly partnerRows: PartnerRepository,
  ) {}

  async resolve(
    tx: EntityManager,
    kind: RecipientKind,
    event: DomainEventEntity,
    cooperative: CooperativeEntity | null,
  ): Promise<UserEntity[]> {
    switch (kind) {
      case 'COOPERATIVE_OFFICERS':
        return cooperative ? this.users.officersOf(cooperative.id, tx) : [];
      case 'REGION_ADMINS':
        return this.users.adminsCovering(cooperative, tx);
      case 'STAGE_REVIEWERS': {
        const stage = typeof event.payload.stage === 'string' ? event.payload.stage : null;
        return stage && cooperative ? this.users.reviewersOf(stage, cooperative, tx) : [];
      }
      case 'PARTNER_USERS': {
        const partnerIds = partnerIdsOf(event);
        return partnerIds.length > 0 ? this.users.usersOfPartners(partnerIds, tx) : [];
      }
      default:
        return assertNever(kind);
    }
  }

  /** The organisations behind PARTNER_USERS, for their webhooks. */
  partners(tx: EntityManager, event: DomainEventEntity): Promise<PartnerEntity[]> {
    return this.partnerRows.findByIds(partnerIdsOf(event), tx);
  }
}

/**
 * The partner organisations an event concerns: the matched partner, the partner itself (its
 * own events), or those holding open proposals (a withdrawal).
 */
function partnerIdsOf(event: DomainEventEntity): string[] {
  if (typeof event.payload.partnerId === 'string') return [event.payload.partnerId];
  if (Array.isArray(event.payload.partnerIds)) return event.payload.partnerIds as string[];
  return event.aggregateType === 'partner' ? [event.aggregateId] : [];
}

function assertNever(kind: never): never {
  throw new Error(`Unknown recipient kind: ${String(kind)}`);
}
