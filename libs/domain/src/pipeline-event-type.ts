/**
 * Every event type a history can hold, in the order docs/domain.md lists them.
 *
 * This is a copy of DOMAIN_EVENT_TYPES in @kdmp/contracts: the domain may not import another lib
 * of ours, so @kdmp/application owns the test that keeps the two lists equal.
 */
export const PIPELINE_EVENT_TYPES = [
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
] as const;

export type PipelineEventType = (typeof PIPELINE_EVENT_TYPES)[number];

/**
 * Events of the partner aggregate. They are not emitted by the cooperative state machine, so
 * the transition table never names them; together with the table's events they make up
 * PIPELINE_EVENT_TYPES.
 */
export const PARTNER_EVENT_TYPES = ['partner.registered', 'partner.updated'] as const satisfies readonly PipelineEventType[];

export type PartnerEventType = (typeof PARTNER_EVENT_TYPES)[number];

export function isPipelineEventType(value: unknown): value is PipelineEventType {
  return typeof value === 'string' && (PIPELINE_EVENT_TYPES as readonly string[]).includes(value);
}
