import { PMK_49_2025 } from './financing-policy';
import { MAX_TENOR_MONTHS, type RepaymentSchedule, type RepaymentTerms, repaymentSchedule } from './repayment-schedule';
import { RuleViolation } from './rule-violation';

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Invariants every schedule keeps, whatever the terms; collected so that a failure says which. */
function inconsistencies(schedule: RepaymentSchedule, terms: RepaymentTerms): string[] {
  const problems: string[] = [];
  const check = (holds: boolean, problem: string) => {
    if (!holds) {
      problems.push(problem);
    }
  };
  const { instalments } = schedule;
  check(instalments.length === terms.tenorMonths, 'one instalment a month');
  check(sum(instalments.map((instalment) => instalment.principal)) === terms.principal, 'principal parts sum to the principal');
  check(sum(instalments.map((instalment) => instalment.interest)) === schedule.totalInterest, 'interest sums to totalInterest');
  check(sum(instalments.map((instalment) => instalment.total)) === schedule.totalRepayment, 'totals sum to totalRepayment');
  check(schedule.totalRepayment === terms.principal + schedule.totalInterest, 'totalRepayment is principal + interest');
  let remaining = terms.principal;
  instalments.forEach((instalment, index) => {
    const at = `instalment ${index + 1}`;
    check(instalment.number === index + 1 && instalment.dueMonth === index + 1, `${at}: numbered from 1`);
    for (const amount of [instalment.principal, instalment.interest, instalment.total, instalment.remainingPrincipal]) {
      check(Number.isSafeInteger(amount) && amount >= 0, `${at}: whole non-negative rupiah`);
    }
    check(instalment.total === instalment.principal + instalment.interest, `${at}: total is principal + interest`);
    check(
      instalment.interest === Math.round((remaining * terms.annualInterestRate) / 12),
      `${at}: interest on the remaining principal`,
    );
    if (index < (terms.gracePeriodMonths ?? 0)) {
      check(instalment.principal === 0, `${at}: interest only during the grace period`);
    }
    remaining -= instalment.principal;
    check(instalment.remainingPrincipal === remaining, `${at}: remaining principal`);
  });
  check(remaining === 0, 'nothing left owed');
  return problems;
}

function expectConsistent(schedule: RepaymentSchedule, terms: RepaymentTerms): void {
  expect(inconsistencies(schedule, terms)).toEqual([]);
}

function refusal(terms: RepaymentTerms): RuleViolation {
  try {
    repaymentSchedule(terms);
  } catch (error) {
    if (error instanceof RuleViolation) {
      return error;
    }
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(terms)} to be refused`);
}

const PMK_MAXIMUM: RepaymentTerms = {
  principal: 3_000_000_000,
  tenorMonths: 72,
  gracePeriodMonths: 6,
  annualInterestRate: PMK_49_2025.annualInterestRate,
};

describe('repaymentSchedule', () => {
  it('repays Rp 3.000.000.000 over 72 months with 6 months grace at 6%', () => {
    const schedule = repaymentSchedule(PMK_MAXIMUM);
    expectConsistent(schedule, PMK_MAXIMUM);

    // Grace: interest only, 3.000.000.000 × 6% / 12.
    for (const instalment of schedule.instalments.slice(0, 6)) {
      expect(instalment).toMatchObject({ principal: 0, interest: 15_000_000, total: 15_000_000 });
      expect(instalment.remainingPrincipal).toBe(3_000_000_000);
    }

    // Annuity over 66 months at 0.5% a month: A = 53.478.818,34 (checked with 50-digit decimals).
    expect(schedule.monthlyInstalment).toBe(53_478_818);
    expect(schedule.instalments[6]).toEqual({
      number: 7,
      dueMonth: 7,
      principal: 38_478_818,
      interest: 15_000_000,
      total: 53_478_818,
      remainingPrincipal: 2_961_521_182,
    });
    for (const instalment of schedule.instalments.slice(6, 71)) {
      expect(instalment.total).toBe(53_478_818);
    }
    // The last instalment carries the rounding remainder of 65 rounded-down principal parts.
    expect(schedule.instalments[71]).toEqual({
      number: 72,
      dueMonth: 72,
      principal: 53_212_780,
      interest: 266_064,
      total: 53_478_844,
      remainingPrincipal: 0,
    });
    expect(schedule.totalInterest).toBe(619_602_014);
    expect(schedule.totalRepayment).toBe(3_619_602_014);
  });

  it('puts the rounding remainder on the last instalment', () => {
    const terms = { principal: 1_000_000, tenorMonths: 3, gracePeriodMonths: 0, annualInterestRate: 0 };
    const schedule = repaymentSchedule(terms);
    expectConsistent(schedule, terms);
    expect(schedule.monthlyInstalment).toBe(333_333);
    expect(schedule.instalments.map((instalment) => instalment.principal)).toEqual([333_333, 333_333, 333_334]);
  });

  it('charges no interest under a zero-rate policy', () => {
    const terms = { principal: 100_000_001, tenorMonths: 12, gracePeriodMonths: 2, annualInterestRate: 0 };
    const schedule = repaymentSchedule(terms);
    expectConsistent(schedule, terms);
    expect(schedule.totalInterest).toBe(0);
    expect(schedule.totalRepayment).toBe(100_000_001);
    expect(schedule.instalments.slice(0, 2).every((instalment) => instalment.total === 0)).toBe(true);
    // 100.000.001 / 10 rounded down, the remaining 1 rupiah on the last.
    expect(schedule.instalments.slice(2, 11).every((instalment) => instalment.principal === 10_000_000)).toBe(true);
    expect(schedule.instalments[11].principal).toBe(10_000_001);
  });

  it('charges interest only during the grace period', () => {
    const terms = { principal: 250_000_000, tenorMonths: 24, gracePeriodMonths: 8, annualInterestRate: 0.06 };
    const schedule = repaymentSchedule(terms);
    expectConsistent(schedule, terms);
    const grace = schedule.instalments.slice(0, 8);
    expect(grace.every((instalment) => instalment.principal === 0 && instalment.interest === 1_250_000)).toBe(true);
    expect(schedule.instalments[8].principal).toBeGreaterThan(0);
  });

  it('repays in one instalment after the grace when the tenor leaves one month', () => {
    const terms = { principal: 1_000_000, tenorMonths: 7, gracePeriodMonths: 6, annualInterestRate: 0.06 };
    const schedule = repaymentSchedule(terms);
    expectConsistent(schedule, terms);
    expect(schedule.instalments[6]).toMatchObject({ principal: 1_000_000, interest: 5_000, total: 1_005_000 });
    expect(schedule.monthlyInstalment).toBe(1_005_000);
  });

  it('keeps every principal part non-negative for a tiny principal at a high rate', () => {
    const terms = { principal: 7, tenorMonths: MAX_TENOR_MONTHS, gracePeriodMonths: 0, annualInterestRate: 1 };
    expectConsistent(repaymentSchedule(terms), terms);
  });

  it('keeps its invariants across many terms', () => {
    for (const principal of [1, 99, 12_345_679, 499_999_999, 3_000_000_000]) {
      for (const [tenorMonths, gracePeriodMonths] of [[6, 0], [12, 6], [72, 8], [60, 7]]) {
        for (const annualInterestRate of [0, 0.06, 0.125]) {
          const terms = { principal, tenorMonths, gracePeriodMonths, annualInterestRate };
          expectConsistent(repaymentSchedule(terms), terms);
        }
      }
    }
  });

  it('dates instalments by calendar month from the Jakarta day of disbursement', () => {
    const terms = {
      principal: 1_200_000,
      tenorMonths: 3,
      gracePeriodMonths: 1,
      annualInterestRate: 0.06,
      // 31 January in Jakarta, though still 30 January in UTC.
      startDate: new Date('2028-01-30T20:00:00Z'),
    };
    const schedule = repaymentSchedule(terms);
    expect(schedule.instalments.map((instalment) => instalment.dueDate)).toEqual([
      '2028-02-29',
      '2028-03-31',
      '2028-04-30',
    ]);
    expect('dueDate' in repaymentSchedule({ ...terms, startDate: undefined }).instalments[0]).toBe(false);
  });

  it.each<[string, Partial<RepaymentTerms>]>([
    ['a zero principal', { principal: 0 }],
    ['a negative principal', { principal: -1 }],
    ['a fractional principal', { principal: 1_000.5 }],
    ['a principal beyond Number.MAX_SAFE_INTEGER', { principal: Number.MAX_SAFE_INTEGER + 1 }],
    ['a fractional tenor', { tenorMonths: 12.5 }],
    ['a tenor equal to the grace period', { tenorMonths: 6, gracePeriodMonths: 6 }],
    ['a tenor shorter than the grace period', { tenorMonths: 5, gracePeriodMonths: 6 }],
    ['a tenor beyond MAX_TENOR_MONTHS', { tenorMonths: MAX_TENOR_MONTHS + 1 }],
    ['a negative grace period', { gracePeriodMonths: -1 }],
    ['a fractional grace period', { gracePeriodMonths: 6.5 }],
    ['a negative rate', { annualInterestRate: -0.06 }],
    ['a rate written as a percentage', { annualInterestRate: 6 }],
    ['a rate that is not a number', { annualInterestRate: Number.NaN }],
    ['an invalid start date', { startDate: new Date('nope') }],
  ])('refuses %s', (_name, change) => {
    expect(refusal({ ...PMK_MAXIMUM, ...change }).code).toBe('INVALID_REPAYMENT_TERMS');
  });

  it('refuses terms whose total repayment would not be a safe integer', () => {
    const error = refusal({ ...PMK_MAXIMUM, principal: Number.MAX_SAFE_INTEGER });
    expect(error.code).toBe('INVALID_REPAYMENT_TERMS');
    expect(error.message).toContain('cannot be computed exactly');
  });
});
