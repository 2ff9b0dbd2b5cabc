import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import type { DomainEventType, NewDomainEvent, OutgoingJob } from '@kdmp/contracts';
import { AppConfig } from '@kdmp/config';
import { MatchCandidate, PartnerRole, PartnerType, rankCandidates } from '@kdmp/domain';
import {
  BusinessPlanRepository,
  CooperativeRepository,
  InboxService,
  MatchEntity,
  MatchRepository,
  PartnerEntity,
  PartnerRepository,
} from '@kdmp/persistence';
import { CooperativeTransitioner } from '../common/cooperative-transitioner';
import { ConsumerResult, skipWhenMovedOn } from '../common/consumer-outcome';
import { systemActor } from '../common/system-actors';
import { NATIONAL } from '../common/region-codes';

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
 * Proposes partners to a cooperative whose financing was approved, whose proposals were all
 * declined or expired, or which waits for a partner: candidates by one indexed query, ranked
 * by the domain's score, the best few per role, each with an expiry timer. None → the
 * cooperative waits for a partner.
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
    if (message.eventType === 'financing.reviewed') {
      const event = await this.cooperatives.findEvent(message.eventId);
      if (event?.payload.outcome !== 'APPROVED') return skip('financing was not approved');
    }
    const cooperative = await this.cooperatives.findById(message.cooperativeId);
    if (!cooperative?.currentBusinessPlanId) return skip('no cooperative or plan');
    const open = await this.matches.openFor(cooperative.id);
    if (open.length > 0) return skip('proposals are still open');
    const plan = (await this.plans.findById(cooperative.currentBusinessPlanId))!;
    const excluded = await this.matches.partnersToExclude(cooperative.id);
    const candidates = await this.partners.candidates({
      roles: plan.seekingRoles,
      sector: plan.sector,
      regionCodes: [cooperative.regencyCode, cooperative.provinceCode, NATIONAL],
      excludePartnerIds: excluded,
      limit: CANDIDATE_LIMIT,
    });
    const ranked = rankCandidates(
      cooperative,
      {
        ...plan,
        seekingRoles: plan.seekingRoles as PartnerRole[],
        monthlyCapacity: { quantity: plan.monthlyCapacityQuantity, unit: plan.monthlyCapacityUnit },
      },
      candidates.map(toCandidate),
      { perRole: this.config.get('MATCHES_PER_ROLE'), excludePartnerIds: excluded },
    );
    if (ranked.length === 0 && cooperative.state === 'AWAITING_PARTNER') return skip('still no candidate');

    const consumedMessage = { consumer: MATCHING_CONSUMER, messageId: message.messageId };
    return skipWhenMovedOn(this.inbox, MATCHING_CONSUMER, message.messageId, async () => {
      if (ranked.length === 0) {
        const result = await this.transitioner.apply({
          cooperativeId: cooperative.id,
          command: 'find-no-partner',
          actor: MATCHING,
          correlationId: message.correlationId,
          consumedMessage,
          events: () => [{ type: 'partner.none-found', payload: { businessPlanId: plan.id, seekingRoles: plan.seekingRoles } }],
        });
        return result.kind === 'duplicate' ? { kind: 'skipped', reason: 'duplicate message' } : { kind: 'processed' };
      }
      const proposedAt = new Date();
      const expiresAt = new Date(proposedAt.getTime() + this.config.get('MATCH_EXPIRY_MS'));
      const proposals = ranked.map((score) =>
        Object.assign(new MatchEntity(), {
          id: uuidv7(),
          cooperativeId: cooperative.id,
          partnerId: score.partnerId,
          businessPlanId: plan.id,
          role: score.role,
          score: score.score,
          components: { ...score.components },
          reasons: score.reasons.map((reason) => ({ ...reason })),
          status: 'PROPOSED',
          expiresAt,
          decidedAt: null,
          declineReason: null,
          comment: null,
          createdAt: proposedAt,
        } satisfies MatchEntity),
      );
      const events: NewDomainEvent[] = proposals.map((match) => ({
        type: 'partner.matched',
        payload: { matchId: match.id, partnerId: match.partnerId, role: match.role, score: match.score, expiresAt: expiresAt.toISOString() },
      }));
      const timers: OutgoingJob[] = proposals.map((match) => ({
        name: 'expire-match',
        jobId: `expire-match-${match.id}`,
        runAt: expiresAt,
        payload: { cooperativeId: cooperative.id, matchId: match.id, correlationId: message.correlationId },
      }));
      const result = await this.transitioner.apply({
        cooperativeId: cooperative.id,
        command: 'propose-matches',
        actor: MATCHING,
        correlationId: message.correlationId,
        consumedMessage,
        events: () => events,
        jobs: timers,
        companions: this.matches.insertion(proposals),
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
