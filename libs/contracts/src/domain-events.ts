/**
 * The domain-event union: every event a cooperative's or a partner's history can hold, with
 * its payload. Event names are past tense, `aggregate.verb-ed` (docs/architecture.md, Conventions).
 * The transition table in @kdmp/domain names the same events; a test in @kdmp/application
 * keeps the two lists equal, since neither leaf library may import the other.
 */

export type Rupiah = number;

/**
 * A failed screening rule: its code and the values it names (@kdmp/domain's
 * ScreeningFailureParams). Words are not stored: @kdmp/i18n renders them where shown. Events
 * written before the catalogs hold `message` ({ id, en }) instead of `params`.
 */
export interface ScreeningFailureReason {
  code: string;
  params: Readonly<Record<string, unknown>>;
}

export interface DomainEventPayloads {
  'cooperative.registered': {
    name: string;
    kind: 'DESA' | 'KELURAHAN';
    regionCode: string;
    districtCode: string;
    regencyCode: string;
    provinceCode: string;
  };
  'business-plan.submitted': { businessPlanId: string; revision: number; requestedAmount: Rupiah; policyVersion: string };
  'screening.passed': { businessPlanId: string; policyVersion: string };
  'screening.failed': { businessPlanId: string; policyVersion: string; reasons: ScreeningFailureReason[] };
  'review.stage-opened': { reviewId: string; stage: string; deadlineAt: string };
  'review.stage-approved': { reviewId: string; stage: string; reviewerId: string; comment?: string };
  'review.revision-requested': { reviewId: string; stage: string; reviewerId: string; comment: string };
  'financing.reviewed': {
    reviewId: string;
    outcome: 'APPROVED' | 'REJECTED';
    stage: string;
    reviewerId: string;
    approvedAmount?: Rupiah;
    reason?: string;
  };
  'partner.matched': { matchId: string; partnerId: string; role: string; score: number; expiresAt: string };
  'partner.none-found': { businessPlanId: string; seekingRoles: string[] };
  'match.accepted': { matchId: string; partnerId: string; comment?: string };
  'match.declined': { matchId: string; partnerId: string; reason: string };
  'match.expired': { matchId: string; partnerId: string };
  /**
   * `reviewId` and `stage` when a review was open (its stage's reviewers are told);
   * `partnerIds` of proposals left open (those partners are told).
   */
  'cooperative.withdrawn': { reason?: string; reviewId?: string; stage?: string; partnerIds?: string[] };
  'review.reminder': { reviewId: string; stage: string; deadlineAt: string };
  'review.escalated': { reviewId: string; stage: string; deadlineAt: string };
  'partner.registered': { name: string; roles: string[]; regionCodes: string[] };
  /** What changed; `capacityFreed` when it can take more partnerships than before. */
  'partner.updated': { changes: string[]; capacityFreed: boolean };
}

export type DomainEventType = keyof DomainEventPayloads;

/** Every event type, in the order docs/domain.md lists them; used to check exhaustiveness. */
export const DOMAIN_EVENT_TYPES = [
  'cooperative.registered',
  'business-plan.submitted',
  'screening.passed',
  'screening.failed',
  'review.stage-opened',
  'review.stage-approved',
  'review.revision-requested',
  'financing.reviewed',
  'partner.matched',
  'partner.none-found',
  'match.accepted',
  'match.declined',
  'match.expired',
  'cooperative.withdrawn',
  'review.reminder',
  'review.escalated',
  'partner.registered',
  'partner.updated',
] as const satisfies readonly DomainEventType[];

// Fails to compile when an event type is added to the payload map but not to the list.
type MissingFromList = Exclude<DomainEventType, (typeof DOMAIN_EVENT_TYPES)[number]>;
const _everyEventListed: MissingFromList extends never ? true : MissingFromList = true;
void _everyEventListed;

export type AggregateType = 'cooperative' | 'partner';

/** Who caused an event: a person (by user id) or the system (a worker or timer, by name). */
export type Actor = { type: 'USER'; userId: string } | { type: 'SYSTEM'; name: string };

export interface DomainEvent<T extends DomainEventType = DomainEventType> {
  id: string;
  type: T;
  aggregateType: AggregateType;
  aggregateId: string;
  sequence: number;
  payload: DomainEventPayloads[T];
  actor: Actor;
  fromState: string | null;
  toState: string | null;
  correlationId: string;
  occurredAt: string;
}

/** An event as a use-case produces it, before the unit of work gives it an id and a sequence. */
export interface NewDomainEvent<T extends DomainEventType = DomainEventType> {
  type: T;
  payload: DomainEventPayloads[T];
}
