/**
 * The states of a cooperative's financing and partnership pipeline (docs/domain.md, "The pipeline
 * state machine"). Which command moves a cooperative between them lives in transition-table.ts.
 */
export const COOPERATIVE_STATES = [
  'REGISTERED',
  'PLAN_SUBMITTED',
  'IN_REVIEW',
  'REVISION_REQUESTED',
  'FINANCING_APPROVED',
  'FINANCING_REJECTED',
  'MATCHING',
  'AWAITING_PARTNER',
  'PARTNERED',
  'WITHDRAWN',
] as const;

export type CooperativeState = (typeof COOPERATIVE_STATES)[number];

/** Narrows untrusted input (a query filter, a database column) to a known state. */
export function isCooperativeState(value: unknown): value is CooperativeState {
  return typeof value === 'string' && (COOPERATIVE_STATES as readonly string[]).includes(value);
}
