import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { RecipientKind } from '@kdmp/notifications';
import { CooperativeEntity, DomainEventEntity, PartnerEntity, UserEntity } from '@kdmp/persistence';

/**
 * Who a matrix row means for one event: the users to notify. Reviewers are those assigned to
 * the event's stage whose regions cover the cooperative (or who have no region limit).
 */
@Injectable()
export class RecipientResolver {
  async resolve(
    tx: EntityManager,
    kind: RecipientKind,
    event: DomainEventEntity,
    cooperative: CooperativeEntity | null,
  ): Promise<UserEntity[]> {
    const users = tx.getRepository(UserEntity).createQueryBuilder('user').orderBy('user.created_at', 'ASC');
    switch (kind) {
      case 'COOPERATIVE_OFFICERS':
        if (!cooperative) return [];
        return users.where(`user.role = 'COOPERATIVE' AND user.cooperative_id = :id`, { id: cooperative.id }).getMany();
      case 'REGION_ADMINS':
        users.where(`user.role = 'ADMIN'`);
        if (cooperative) {
          users.andWhere(`(cardinality(user.region_codes) = 0 OR user.region_codes && ARRAY[:regency, :province]::text[])`, {
            regency: cooperative.regencyCode,
            province: cooperative.provinceCode,
          });
        }
        return users.getMany();
      case 'STAGE_REVIEWERS': {
        const stage = typeof event.payload.stage === 'string' ? event.payload.stage : null;
        if (!stage || !cooperative) return [];
        return users
          .where(`user.role = 'REVIEWER' AND :stage = ANY(user.stages)`, { stage })
          .andWhere(`(cardinality(user.region_codes) = 0 OR user.region_codes && ARRAY[:regency, :province]::text[])`, {
            regency: cooperative.regencyCode,
            province: cooperative.provinceCode,
          })
          .getMany();
      }
      case 'PARTNER_USERS': {
        const partnerIds = partnerIdsOf(event);
        if (partnerIds.length === 0) return [];
        return users.where(`user.role = 'PARTNER' AND user.partner_id = ANY(CAST(:partnerIds AS uuid[]))`, { partnerIds }).getMany();
      }
      default:
        return assertNever(kind);
    }
  }

  /** The organisations behind PARTNER_USERS, for their webhooks. */
  partners(tx: EntityManager, event: DomainEventEntity): Promise<PartnerEntity[]> {
    const ids = partnerIdsOf(event);
    if (ids.length === 0) return Promise.resolve([]);
    return tx.getRepository(PartnerEntity).createQueryBuilder('p').where('p.id = ANY(CAST(:ids AS uuid[]))', { ids }).orderBy('p.id').getMany();
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
