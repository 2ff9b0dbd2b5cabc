/**
 * Failures of the domain rules added after domain-error.ts: financing policies, repayment
 * schedules, review stages and the four-eyes rule. DomainErrorCode is a closed union in
 * domain-error.ts, so these carry their own codes instead. Like DomainError, each has a stable
 * code for the API to map in one place; nothing here knows about HTTP.
 */
export const RULE_VIOLATION_CODES = [
  /** A financing policy's own data is inconsistent (a configuration mistake, not user input). */
  'INVALID_FINANCING_POLICY',
  /** No financing policy had taken effect at the given time. */
  'NO_FINANCING_POLICY_IN_FORCE',
  /** A policy version that no policy carries. */
  'UNKNOWN_FINANCING_POLICY',
  /** Principal, tenor, grace period or rate that a repayment schedule cannot be computed from. */
  'INVALID_REPAYMENT_TERMS',
  /** A review stage configuration that is empty, repeats a stage or has a bad deadline. */
  'INVALID_REVIEW_STAGE_CONFIG',
  /** A stage that is not one of the review's configured stages. */
  'UNKNOWN_REVIEW_STAGE',
  /** A decision that is not one of REVIEW_DECISIONS. */
  'UNKNOWN_REVIEW_DECISION',
  /** A date or day count that calendar arithmetic cannot work with. */
  'INVALID_CALENDAR_INPUT',
  /** A reviewer who decided one stage of a review tries to decide another (docs/domain.md: 403). */
  'FOUR_EYES_VIOLATION',
] as const;

export type RuleViolationCode = (typeof RULE_VIOLATION_CODES)[number];

export class RuleViolation extends Error {
  readonly code: RuleViolationCode;

  constructor(code: RuleViolationCode, message: string) {
    super(message);
    this.code = code;
    // Subclasses report their own name in logs and stack traces.
    this.name = new.target.name;
  }
}
