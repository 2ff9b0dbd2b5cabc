import { RuleViolation } from './rule-violation';

/**
 * The repayment schedule shown with a business plan (docs/domain.md, BusinessPlan).
 *
 * Semantics:
 * - One instalment a month, for `tenorMonths` months; instalment `n` is due `n` months after
 *   disbursement (`dueMonth`, 1-based).
 * - Grace period: the first `gracePeriodMonths` instalments are interest only. Monthly interest
 *   is always the remaining principal × annualInterestRate / 12.
 * - After the grace period: annuity instalments over the remaining
 *   `tenorMonths − gracePeriodMonths` months at the monthly rate r = annualInterestRate / 12,
 *   i.e. A = P·r / (1 − (1 + r)^−n), or P / n at a zero rate.
 * - Whole rupiah throughout: each month's interest is rounded to the nearest rupiah (half up);
 *   each principal part is rounded down, as floor(A) − interest, so every regular instalment is
 *   the same `monthlyInstalment` = floor(A). The last instalment repays whatever principal is
 *   left, so it carries the rounding remainder (a few rupiah more than the others) and the
 *   principal parts sum exactly to the principal.
 * - A principal part is never negative: in the extreme case (a tiny principal at a high rate)
 *   where the rounded interest exceeds floor(A), that month pays its interest only.
 *
 * With `startDate`, each instalment also gets its `dueDate`: the same day of the month
 * `dueMonth` months after the Asia/Jakarta calendar day of startDate, moved back to the month's
 * last day when the month is shorter (31 January + 1 month → 28 or 29 February).
 */
export interface RepaymentTerms {
  /** Whole rupiah, > 0. */
  readonly principal: number;
  /** Whole months, greater than the grace period, at most MAX_TENOR_MONTHS. */
  readonly tenorMonths: number;
  /** Whole months of interest-only payments at the start, >= 0. */
  readonly gracePeriodMonths: number;
  /** Fraction from 0 to 1: 0.06 is 6% a year. */
  readonly annualInterestRate: number;
  /** The disbursement; when given, instalments carry a dueDate. */
  readonly startDate?: Date;
}

export interface Instalment {
  /** 1-based. */
  readonly number: number;
  /** Months after disbursement, 1-based. */
  readonly dueMonth: number;
  /** `YYYY-MM-DD`, only when the terms had a startDate. */
  readonly dueDate?: string;
  readonly principal: number;
  readonly interest: number;
  /** principal + interest. */
  readonly total: number;
  /** Principal still owed after this instalment. */
  readonly remainingPrincipal: number;
}

export interface RepaymentSchedule {
  readonly instalments: readonly Instalment[];
  readonly totalInterest: number;
  /** principal + totalInterest. */
  readonly totalRepayment: number;
  /** The regular instalment after the grace period, floor(A); the last may be a little more. */
  readonly monthlyInstalment: number;
}

/** A bound against nonsense (and a request that would build a huge array): 50 years. */
export const MAX_TENOR_MONTHS = 600;

const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * @throws RuleViolation INVALID_REPAYMENT_TERMS when the terms break the rules above, or the
 *   totals would not fit a safe integer.
 */
export function repaymentSchedule(terms: RepaymentTerms): RepaymentSchedule {
  assertValidTerms(terms);
  const { principal, tenorMonths, gracePeriodMonths, annualInterestRate, startDate } = terms;
  const repaymentMonths = tenorMonths - gracePeriodMonths;
  const monthlyInstalment = Math.floor(annuity(principal, annualInterestRate / 12, repaymentMonths));
  const monthlyInterest = (remaining: number): number => Math.round((remaining * annualInterestRate) / 12);
  const startDay = startDate === undefined ? undefined : jakartaCalendarDay(startDate);

  const instalments: Instalment[] = [];
  let remaining = principal;
  let totalInterest = 0;
  for (let month = 1; month <= tenorMonths; month += 1) {
    const interest = monthlyInterest(remaining);
    let principalPart: number;
    if (month <= gracePeriodMonths) {
      principalPart = 0;
    } else if (month === tenorMonths) {
      principalPart = remaining;
    } else {
      principalPart = Math.min(remaining, Math.max(0, monthlyInstalment - interest));
    }
    remaining -= principalPart;
    totalInterest += interest;
    instalments.push({
      number: month,
      dueMonth: month,
      ...(startDay === undefined ? {} : { dueDate: addCalendarMonths(startDay, month) }),
      principal: principalPart,
      interest,
      total: principalPart + interest,
      remainingPrincipal: remaining,
    });
  }

  const totalRepayment = principal + totalInterest;
  if (!Number.isSafeInteger(totalRepayment)) {
    throw new RuleViolation(
      'INVALID_REPAYMENT_TERMS',
      `The total repayment (${totalRepayment}) exceeds ${Number.MAX_SAFE_INTEGER}; amounts this large cannot be computed exactly.`,
    );
  }
  return { instalments, totalInterest, totalRepayment, monthlyInstalment };
}

/** The exact (unrounded) annuity for `months` months at monthly rate `rate`. */
function annuity(principal: number, rate: number, months: number): number {
  if (rate === 0) {
    return principal / months;
  }
  return (principal * rate) / (1 - Math.pow(1 + rate, -months));
}

function assertValidTerms(terms: RepaymentTerms): void {
  const problems: string[] = [];
  const { principal, tenorMonths, gracePeriodMonths, annualInterestRate, startDate } = terms;
  if (!Number.isSafeInteger(principal) || principal <= 0) {
    problems.push(`principal must be a whole number of rupiah from 1 to ${Number.MAX_SAFE_INTEGER}, got ${principal}`);
  }
  if (!Number.isInteger(gracePeriodMonths) || gracePeriodMonths < 0) {
    problems.push(`gracePeriodMonths must be a whole number >= 0, got ${gracePeriodMonths}`);
  }
  if (!Number.isInteger(tenorMonths) || tenorMonths > MAX_TENOR_MONTHS) {
    problems.push(`tenorMonths must be a whole number up to ${MAX_TENOR_MONTHS}, got ${tenorMonths}`);
  } else if (Number.isInteger(gracePeriodMonths) && tenorMonths <= gracePeriodMonths) {
    problems.push(
      `tenorMonths (${tenorMonths}) must be greater than gracePeriodMonths (${gracePeriodMonths}) to leave a repayment month`,
    );
  } else if (tenorMonths < 1) {
    problems.push(`tenorMonths must be at least 1, got ${tenorMonths}`);
  }
  if (
    typeof annualInterestRate !== 'number' ||
    !Number.isFinite(annualInterestRate) ||
    annualInterestRate < 0 ||
    annualInterestRate > 1
  ) {
    problems.push(`annualInterestRate must be a fraction from 0 to 1 (6% a year is 0.06), got ${annualInterestRate}`);
  }
  if (startDate !== undefined && (!(startDate instanceof Date) || Number.isNaN(startDate.getTime()))) {
    problems.push('startDate must be a valid date');
  }
  if (problems.length > 0) {
    throw new RuleViolation('INVALID_REPAYMENT_TERMS', `Cannot compute a repayment schedule: ${problems.join('; ')}.`);
  }
}

interface CalendarDay {
  readonly year: number;
  /** 0-based, as in Date. */
  readonly month: number;
  readonly day: number;
}

function jakartaCalendarDay(at: Date): CalendarDay {
  const shifted = new Date(at.getTime() + JAKARTA_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth(), day: shifted.getUTCDate() };
}

/** `start` plus `months` calendar months, as `YYYY-MM-DD`, clamped to the target month's last day. */
function addCalendarMonths(start: CalendarDay, months: number): string {
  const monthIndex = start.month + months;
  const year = start.year + Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(start.day, lastDay);
  return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}
