import {
  FINANCING_POLICIES,
  type FinancingPolicy,
  PMK_49_2025,
  assertValidFinancingPolicy,
  policyByVersion,
  policyInForce,
} from './financing-policy';
import { RuleViolation } from './rule-violation';

function violation(run: () => unknown): RuleViolation {
  try {
    run();
  } catch (error) {
    if (error instanceof RuleViolation) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a RuleViolation');
}

const LATER: FinancingPolicy = {
  ...PMK_49_2025,
  version: 'PMK-XX-2027',
  effectiveFrom: '2027-01-01',
  ceilingAmount: 4_000_000_000,
  description: 'A later, hypothetical policy.',
};

describe('PMK-49-2025, the default policy', () => {
  it('holds the limits of PMK 49/2025', () => {
    expect(PMK_49_2025).toEqual({
      version: 'PMK-49-2025',
      effectiveFrom: '2025-07-01',
      ceilingAmount: 3_000_000_000,
      operatingCostCeiling: 500_000_000,
      tenorMonths: { min: 6, max: 72 },
      gracePeriodMonths: { min: 6, max: 8 },
      annualInterestRate: 0.06,
      description: expect.stringContaining('PMK 49/2025'),
    });
  });

  it('is the only policy so far, and every listed policy is consistent', () => {
    expect(FINANCING_POLICIES).toEqual([PMK_49_2025]);
    for (const policy of FINANCING_POLICIES) {
      expect(() => assertValidFinancingPolicy(policy)).not.toThrow();
    }
    expect(new Set(FINANCING_POLICIES.map((policy) => policy.version)).size).toBe(FINANCING_POLICIES.length);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(FINANCING_POLICIES)).toBe(true);
    expect(Object.isFrozen(PMK_49_2025)).toBe(true);
    expect(Object.isFrozen(PMK_49_2025.tenorMonths)).toBe(true);
    expect(Object.isFrozen(PMK_49_2025.gracePeriodMonths)).toBe(true);
  });
});

describe('policyInForce', () => {
  it('finds the default policy from its first day on', () => {
    expect(policyInForce(new Date('2025-07-01T00:00:00+07:00'))).toBe(PMK_49_2025);
    expect(policyInForce(new Date('2026-03-15T09:00:00Z'))).toBe(PMK_49_2025);
  });

  it('reads effectiveFrom as a Jakarta calendar day', () => {
    // 17:00 UTC on 30 June is midnight on 1 July in Jakarta.
    expect(policyInForce(new Date('2025-06-30T17:00:00Z'))).toBe(PMK_49_2025);
    expect(() => policyInForce(new Date('2025-06-30T16:59:59.999Z'))).toThrow(RuleViolation);
  });

  it('refuses a time before any policy, and an invalid date', () => {
    expect(violation(() => policyInForce(new Date('2025-01-01T00:00:00Z'))).code).toBe('NO_FINANCING_POLICY_IN_FORCE');
    expect(violation(() => policyInForce(new Date('2026-01-01'), [])).code).toBe('NO_FINANCING_POLICY_IN_FORCE');
    expect(violation(() => policyInForce(new Date('not a date'))).code).toBe('INVALID_CALENDAR_INPUT');
  });

  it('takes the policy that took effect last, whatever the list order', () => {
    const policies = [LATER, PMK_49_2025];
    expect(policyInForce(new Date('2026-12-31T12:00:00Z'), policies)).toBe(PMK_49_2025);
    expect(policyInForce(new Date('2026-12-31T17:00:00Z'), policies)).toBe(LATER);
    expect(policyInForce(new Date('2030-01-01T00:00:00Z'), policies)).toBe(LATER);
  });

  it('of two policies taking effect the same day, takes the one listed later', () => {
    const correction: FinancingPolicy = { ...LATER, version: 'PMK-XX-2027-corrected' };
    expect(policyInForce(new Date('2027-02-01T00:00:00Z'), [PMK_49_2025, LATER, correction])).toBe(correction);
  });
});

describe('policyByVersion', () => {
  it('finds a policy by the version recorded on a review', () => {
    expect(policyByVersion('PMK-49-2025')).toBe(PMK_49_2025);
    expect(policyByVersion('PMK-XX-2027', [PMK_49_2025, LATER])).toBe(LATER);
  });

  it('refuses an unknown version', () => {
    const error = violation(() => policyByVersion('PMK-49-2025.v1'));
    expect(error.code).toBe('UNKNOWN_FINANCING_POLICY');
    expect(error.message).toContain('PMK-49-2025');
  });
});

describe('assertValidFinancingPolicy', () => {
  it.each<[string, Partial<FinancingPolicy>]>([
    ['a blank version', { version: ' ' }],
    ['an impossible effective date', { effectiveFrom: '2025-02-30' }],
    ['an effective date with a time', { effectiveFrom: '2025-07-01T00:00:00Z' }],
    ['a fractional ceiling', { ceilingAmount: 1.5 }],
    ['an operating-cost ceiling above the total', { operatingCostCeiling: 3_000_000_001 }],
    ['a tenor range the wrong way round', { tenorMonths: { min: 72, max: 6 } }],
    ['a negative grace period', { gracePeriodMonths: { min: -1, max: 8 } }],
    ['a grace period that leaves no repayment month', { gracePeriodMonths: { min: 72, max: 80 } }],
    ['a rate written as a percentage', { annualInterestRate: 6 }],
    ['a negative rate', { annualInterestRate: -0.01 }],
  ])('refuses %s', (_name, change) => {
    expect(violation(() => assertValidFinancingPolicy({ ...PMK_49_2025, ...change })).code).toBe(
      'INVALID_FINANCING_POLICY',
    );
  });

  it('accepts a zero rate', () => {
    expect(() => assertValidFinancingPolicy({ ...PMK_49_2025, annualInterestRate: 0 })).not.toThrow();
  });
});
