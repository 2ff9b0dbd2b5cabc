import { RuleViolation } from './rule-violation';

/**
 * The limits a business plan is screened against, as versioned data (docs/domain.md, "Financing
 * policy"). A review records the version it was screened under, so that a decision can always
 * be explained by the rules in force when it was made: a new version applies to plans
 * submitted after it takes effect, and plans already in review keep theirs. A new policy is a
 * new entry in FINANCING_POLICIES, never an edit of an existing one.
 */
export interface FinancingPolicy {
  /** Stable name recorded on every review, e.g. `PMK-49-2025`. */
  readonly version: string;
  /**
   * The first day the policy applies, `YYYY-MM-DD`, read as a calendar day in Asia/Jakarta
   * (a regulation takes effect at midnight Western Indonesia Time, 17:00 UTC the day before).
   */
  readonly effectiveFrom: string;
  /** The most a cooperative may request (capex + opex), in whole rupiah. */
  readonly ceilingAmount: number;
  /** The most of it that may be operating costs (opex), in whole rupiah. */
  readonly operatingCostCeiling: number;
  /** Allowed loan tenor, in months, bounds included. */
  readonly tenorMonths: MonthRange;
  /** Allowed grace period (interest only, at the start of the tenor), in months, bounds included. */
  readonly gracePeriodMonths: MonthRange;
  /** Yearly interest rate as a fraction: 0.06 is 6% a year. */
  readonly annualInterestRate: number;
  readonly description: string;
}

export interface MonthRange {
  readonly min: number;
  readonly max: number;
}

/**
 * The default policy: the 2025 Finance Ministry regulation for KDMP loans from state banks
 * (PMK 49/2025). At most Rp 3.000.000.000 a cooperative, of which at most Rp 500.000.000
 * operating costs; tenor 6 to 72 months; 6 to 8 months' grace; 6% a year.
 */
export const PMK_49_2025: FinancingPolicy = freezePolicy({
  version: 'PMK-49-2025',
  effectiveFrom: '2025-07-01',
  ceilingAmount: 3_000_000_000,
  operatingCostCeiling: 500_000_000,
  tenorMonths: { min: 6, max: 72 },
  gracePeriodMonths: { min: 6, max: 8 },
  annualInterestRate: 0.06,
  description:
    'PMK 49/2025: KDMP loans from state banks. At most Rp 3.000.000.000 a cooperative, of which at most ' +
    'Rp 500.000.000 operating costs; tenor up to 72 months; 6 to 8 months grace; 6% a year.',
});

/** Every policy there has been, oldest first. Frozen: a policy is history once published. */
export const FINANCING_POLICIES: readonly FinancingPolicy[] = Object.freeze([PMK_49_2025]);

/** The offset of Asia/Jakarta (WIB) from UTC. Indonesia keeps no daylight saving time. */
const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The policy in force at `at`: of the policies whose effectiveFrom is on or before the Jakarta
 * calendar day of `at`, the one that took effect last (of two taking effect the same day, the
 * one listed later).
 *
 * @throws RuleViolation NO_FINANCING_POLICY_IN_FORCE when none had taken effect yet;
 *   INVALID_CALENDAR_INPUT when `at` is not a valid date.
 */
export function policyInForce(at: Date, policies: readonly FinancingPolicy[] = FINANCING_POLICIES): FinancingPolicy {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
    throw new RuleViolation('INVALID_CALENDAR_INPUT', 'Cannot find the policy in force at an invalid date.');
  }
  const day = jakartaCalendarDay(at);
  let inForce: FinancingPolicy | undefined;
  for (const policy of policies) {
    // ISO dates of the same shape sort as text.
    if (policy.effectiveFrom <= day && (inForce === undefined || policy.effectiveFrom >= inForce.effectiveFrom)) {
      inForce = policy;
    }
  }
  if (inForce === undefined) {
    throw new RuleViolation(
      'NO_FINANCING_POLICY_IN_FORCE',
      `No financing policy was in force on ${day} (Asia/Jakarta); the earliest known takes effect on ${
        earliestEffectiveFrom(policies) ?? 'no date: there are none'
      }.`,
    );
  }
  return inForce;
}

/**
 * The policy with this version, as recorded on a review.
 *
 * @throws RuleViolation UNKNOWN_FINANCING_POLICY when no policy carries it.
 */
export function policyByVersion(
  version: string,
  policies: readonly FinancingPolicy[] = FINANCING_POLICIES,
): FinancingPolicy {
  const policy = policies.find((candidate) => candidate.version === version);
  if (policy === undefined) {
    const known = policies.map((candidate) => candidate.version).join(', ') || 'none';
    throw new RuleViolation('UNKNOWN_FINANCING_POLICY', `No financing policy has version "${version}"; known: ${known}.`);
  }
  return policy;
}

/**
 * Checks a policy's own consistency: a version, a real effective date, whole-rupiah ceilings
 * with the operating-cost ceiling within the total, month ranges of whole numbers with
 * min <= max, and a rate between 0 and 1 (6% is 0.06, not 6).
 *
 * @throws RuleViolation INVALID_FINANCING_POLICY naming every problem found.
 */
export function assertValidFinancingPolicy(policy: FinancingPolicy): void {
  const problems: string[] = [];
  if (typeof policy.version !== 'string' || policy.version.trim() === '') {
    problems.push('version must not be blank');
  }
  if (!isCalendarDate(policy.effectiveFrom)) {
    problems.push(`effectiveFrom "${String(policy.effectiveFrom)}" must be a date written YYYY-MM-DD`);
  }
  if (!isPositiveSafeInteger(policy.ceilingAmount)) {
    problems.push('ceilingAmount must be a positive whole number of rupiah');
  }
  if (!isPositiveSafeInteger(policy.operatingCostCeiling)) {
    problems.push('operatingCostCeiling must be a positive whole number of rupiah');
  } else if (policy.operatingCostCeiling > policy.ceilingAmount) {
    problems.push('operatingCostCeiling must not exceed ceilingAmount');
  }
  problems.push(...monthRangeProblems('tenorMonths', policy.tenorMonths, 1));
  problems.push(...monthRangeProblems('gracePeriodMonths', policy.gracePeriodMonths, 0));
  if (
    policy.tenorMonths !== undefined &&
    policy.gracePeriodMonths !== undefined &&
    policy.gracePeriodMonths.min >= policy.tenorMonths.max
  ) {
    problems.push('the shortest grace period must leave at least one repayment month within the longest tenor');
  }
  if (
    typeof policy.annualInterestRate !== 'number' ||
    !Number.isFinite(policy.annualInterestRate) ||
    policy.annualInterestRate < 0 ||
    policy.annualInterestRate > 1
  ) {
    problems.push('annualInterestRate must be a fraction from 0 to 1 (6% a year is 0.06)');
  }
  if (problems.length > 0) {
    throw new RuleViolation(
      'INVALID_FINANCING_POLICY',
      `Financing policy "${String(policy.version)}" is not valid: ${problems.join('; ')}.`,
    );
  }
}

/** The `YYYY-MM-DD` calendar day of an instant in Asia/Jakarta. */
function jakartaCalendarDay(at: Date): string {
  return new Date(at.getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
}

function earliestEffectiveFrom(policies: readonly FinancingPolicy[]): string | undefined {
  return policies.map((policy) => policy.effectiveFrom).sort()[0];
}

function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string') {
    return false;
  }
  const match = ISO_DATE.exec(value);
  if (match === null) {
    return false;
  }
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2025-02-30 over into March; a real day survives the round trip.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isPositiveSafeInteger(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

function monthRangeProblems(name: string, range: MonthRange | undefined, lowest: number): string[] {
  if (range === undefined || range === null) {
    return [`${name} is missing`];
  }
  const { min, max } = range;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < lowest || min > max) {
    return [`${name} must be whole months with ${lowest} <= min <= max`];
  }
  return [];
}

function freezePolicy(policy: FinancingPolicy): FinancingPolicy {
  Object.freeze(policy.tenorMonths);
  Object.freeze(policy.gracePeriodMonths);
  return Object.freeze(policy);
}
