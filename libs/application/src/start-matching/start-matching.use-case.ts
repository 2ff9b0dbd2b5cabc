import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import type { DomainEventType } from '@kdmp/contracts';
import { AppConfig } from '@kdmp/config';
import { CooperativeState, decideMatching, MatchCandidate, PartnerRole, PartnerType } from '@kdmp/domain';
import {
  BusinessPlanRepository,
  CooperativeRepository,
  InboxService,
  MatchRepository,
  PartnerEntity,
  PartnerRepository,
} from '@kdmp/persistence';
import { CooperativeTransitioner } from '../common/cooperative-transitioner';
import { ConsumerResult, skipWhenMovedOn } from '../common/consumer-outcome';
import { systemActor } from '../common/system-actors';

export const MATCHING_CONSUMER = 'workflow:start-matching';
const MATCHING = systemActor('matching');
/** Enough to rank from; the search is already narrowed to role, sector and region. */
const CANDIDATE_LIMIT = 1000;

export interface StartMatchingMessage {
  messageId: string;
  eventId: string;
  eventType: DomainEventType;
  cooperativeId: string;
  correlationId: string;
}

/**
 * Proposes partners to a cooperative whose financing was approved (a rejection queues no
 * matching: see EVENT_ROUTE_CONDITIONS), whose proposals were all declined or expired, or which
 * waits for a partner: candidates by one indexed query, ranked and proposed by the domain
 * (decideMatching), each with an expiry timer. None → the cooperative waits for a partner.
 */
@Injectable()
export class StartMatchingUseCase {
  constructor(
    private readonly cooperatives: CooperativeRepository,
    private readonly plans: BusinessPlanRepository,
    private readonly partners: PartnerRepository,
    private readonly matches: MatchRepository,
    private readonly transitioner: CooperativeTransitioner,
    private readonly inbox: InboxService,
    private readonly config: AppConfig,
  ) {}

  async execute(message: StartMatchingMessage): Promise<ConsumerResult> {
    const skip = async (reason: string): Promise<ConsumerResult> => {
      await this.inbox.acknowledge(MATCHING_CONSUMER, message.messageId);
      return { kind: 'skipped', reason };
    };
    const cooperative = await this.cooperatives.findById(message.cooperativeId);
    if (!cooperative?.currentBusinessPlanId) return skip('no cooperative or plan');
    const open = await this.matches.openFor(cooperative.id);
    if (open.length > 0) return skip('proposals are still open');
    const plan = (await this.plans.findById(cooperative.currentBusinessPlanId))!;
    const excluded = await this.matches.partnersToExclude(cooperative.id);
    const candidates = await this.partners.candidates({
      roles: plan.seekingRoles,
      sector: plan.sector,
      cooperative,
      excludePartnerIds: excluded,
      limit: CANDIDATE_LIMIT,
    });
    return skipWhenMovedOn(this.inbox, MATCHING_CONSUMER, message.messageId, async () => {
      const decision = decideMatching(cooperative.state as CooperativeState, {
        cooperative,
        plan: {
          ...plan,
          seekingRoles: plan.seekingRoles as PartnerRole[],
          monthlyCapacity: { quantity: plan.monthlyCapacityQuantity, unit: plan.monthlyCapacityUnit },
        },
        candidates: candidates.map(toCandidate),
        excludePartnerIds: excluded,
        perRole: this.config.get('MATCHES_PER_ROLE'),
        proposedAt: new Date(),
        expiryMs: this.config.get('MATCH_EXPIRY_MS'),
        newId: uuidv7,
      });
      if (!decision) return skip('still no candidate');
      const result = await this.transitioner.commit({
        cooperative,
        decision,
        actor: MATCHING,
        correlationId: message.correlationId,
        consumedMessage: { consumer: MATCHING_CONSUMER, messageId: message.messageId },
      });
      return result.kind === 'duplicate' ? { kind: 'skipped', reason: 'duplicate message' } : { kind: 'processed' };
    });
  }
}

function toCandidate(partner: PartnerEntity): MatchCandidate {
  return {
    id: partner.id,
    name: partner.name,
    type: partner.type as PartnerType,
    roles: partner.roles as PartnerRole[],
    sectors: partner.sectors,
    commodities: partner.commodities,
    regionCodes: partner.regionCodes,
    capacity: partner.capacity,
    activePartnerships: partner.activePartnerships,
    createdAt: partner.createdAt.toISOString(),
  };
}
