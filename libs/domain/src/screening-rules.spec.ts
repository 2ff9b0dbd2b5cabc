import { PMK_49_2025 } from './financing-policy';
import {
  SCREENING_FAILURE_CODES,
  SCREENING_RULES,
  type ScreeningBankAccount,
  type ScreeningCooperative,
  type ScreeningFailureCode,
  type ScreeningInput,
  type ScreeningPlan,
  screenBusinessPlan,
} from './screening-rules';

const VALID_ACCOUNT: ScreeningBankAccount = {
  bankName: 'Bank Rakyat Indonesia',
  accountNumber: '012301000123456',
  accountHolder: 'Koperasi Desa Merah Putih Perian',
};

const VALID_COOPERATIVE: ScreeningCooperative = {
  memberCount: 25,
  sectors: ['AGRICULTURE', 'FISHERIES'],
  legalEntityNumber: 'AHU-0001234.AH.01.29.TAHUN 2025',
  cooperativeNumber: '6402012001000001',
  taxNumber: '01.234.567.8-901.000',
  businessNumber: '9120001234567',
  bankAccount: VALID_ACCOUNT,
};

const VALID_PLAN: ScreeningPlan = {
  sector: 'AGRICULTURE',
  capexAmount: 2_500_000_000,
  opexAmount: 500_000_000,
  tenorMonths: 72,
  gracePeriodMonths: 6,
  projectedAnnualRevenue: 1_200_000_000,
};

function screen(cooperative: Partial<ScreeningCooperative> = {}, plan: Partial<ScreeningPlan> = {}) {
  const input: ScreeningInput = {
    cooperative: { ...VALID_COOPERATIVE, ...cooperative },
    plan: { ...VALID_PLAN, ...plan },
    policy: PMK_49_2025,
  };
  return screenBusinessPlan(input);
}

function codes(cooperative: Partial<ScreeningCooperative> = {}, plan: Partial<ScreeningPlan> = {}): ScreeningFailureCode[] {
  return screen(cooperative, plan).failures.map((failure) => failure.code);
}

/** Inputs that break exactly one rule each: the valid input with one change. */
const SINGLE_FAILURES: [ScreeningFailureCode, Partial<ScreeningCooperative>, Partial<ScreeningPlan>][] = [
  ['MISSING_LEGAL_ENTITY_NUMBER', { legalEntityNumber: null }, {}],
  ['MISSING_LEGAL_ENTITY_NUMBER', { legalEntityNumber: '   ' }, {}],
  ['INVALID_LEGAL_ENTITY_NUMBER', { legalEntityNumber: 'AHU' }, {}],
  ['MISSING_COOPERATIVE_NUMBER', { cooperativeNumber: null }, {}],
  ['INVALID_COOPERATIVE_NUMBER', { cooperativeNumber: '640201200100000' }, {}],
  ['MISSING_TAX_NUMBER', { taxNumber: '' }, {}],
  ['INVALID_TAX_NUMBER', { taxNumber: '01.234.567' }, {}],
  ['MISSING_BUSINESS_NUMBER', { businessNumber: null }, {}],
  ['INVALID_BUSINESS_NUMBER', { businessNumber: '912000123456X' }, {}],
  ['MISSING_BANK_ACCOUNT', { bankAccount: null }, {}],
  ['MISSING_BANK_ACCOUNT', { bankAccount: { ...VALID_ACCOUNT, accountHolder: ' ' } }, {}],
  ['MISSING_BANK_ACCOUNT', { bankAccount: { ...VALID_ACCOUNT, accountNumber: '' } }, {}],
  ['INVALID_BANK_ACCOUNT_NUMBER', { bankAccount: { ...VALID_ACCOUNT, accountNumber: '0123-0100' } }, {}],
  ['TOO_FEW_MEMBERS', { memberCount: 8 }, {}],
  ['REQUESTED_AMOUNT_NOT_POSITIVE', {}, { capexAmount: 0, opexAmount: 0 }],
  ['REQUESTED_AMOUNT_NOT_POSITIVE', {}, { capexAmount: 100_000_000, opexAmount: -1 }],
  ['REQUESTED_AMOUNT_ABOVE_CEILING', {}, { capexAmount: 2_500_000_001 }],
  ['OPERATING_COSTS_ABOVE_CEILING', {}, { capexAmount: 1_000_000_000, opexAmount: 500_000_001 }],
  ['TENOR_OUT_OF_RANGE', {}, { tenorMonths: 73 }],
  ['TENOR_OUT_OF_RANGE', {}, { tenorMonths: 24.5 }],
  ['GRACE_PERIOD_OUT_OF_RANGE', {}, { gracePeriodMonths: 5 }],
  ['GRACE_PERIOD_OUT_OF_RANGE', {}, { gracePeriodMonths: 9 }],
  ['GRACE_PERIOD_NOT_SHORTER_THAN_TENOR', {}, { tenorMonths: 6, gracePeriodMonths: 6 }],
  ['GRACE_PERIOD_NOT_SHORTER_THAN_TENOR', {}, { tenorMonths: 7, gracePeriodMonths: 8 }],
  ['PROJECTED_REVENUE_NOT_POSITIVE', {}, { projectedAnnualRevenue: 0 }],
  ['SECTOR_NOT_OF_COOPERATIVE', {}, { sector: 'TOURISM' }],
  ['SECTOR_NOT_OF_COOPERATIVE', { sectors: [] }, {}],
];

describe('SCREENING_RULES', () => {
  it('has one rule per code, in the order of SCREENING_FAILURE_CODES', () => {
    expect(SCREENING_RULES.map((rule) => rule.code)).toEqual([...SCREENING_FAILURE_CODES]);
    expect(new Set(SCREENING_FAILURE_CODES).size).toBe(SCREENING_FAILURE_CODES.length);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(SCREENING_RULES)).toBe(true);
    expect(SCREENING_RULES.every((rule) => Object.isFrozen(rule))).toBe(true);
  });
});

describe('screenBusinessPlan', () => {
  it('passes a fully valid plan, at the very limits of the policy', () => {
    expect(screen()).toEqual({ passed: true, failures: [] });
  });

  it('passes the other edges of the ranges', () => {
    expect(codes({ memberCount: 9, taxNumber: '3201234567890001' }, { tenorMonths: 9, gracePeriodMonths: 8 })).toEqual([]);
    expect(codes({}, { capexAmount: 0, opexAmount: 1 })).toEqual([]);
  });

  it.each(SINGLE_FAILURES)('fails %s alone', (code, cooperative, plan) => {
    const result = screen(cooperative, plan);
    expect(result.passed).toBe(false);
    expect(result.failures.map((failure) => failure.code)).toEqual([code]);
  });

  it('has a single-failure case for every code', () => {
    expect([...new Set(SINGLE_FAILURES.map(([code]) => code))].sort()).toEqual([...SCREENING_FAILURE_CODES].sort());
  });

  it('lists every failed rule, not just the first, in rule order', () => {
    const result = screen(
      { taxNumber: null, bankAccount: null, memberCount: 5 },
      { capexAmount: 2_900_000_000, opexAmount: 600_000_000, tenorMonths: 84, projectedAnnualRevenue: -1 },
    );
    expect(result.passed).toBe(false);
    expect(result.failures.map((failure) => failure.code)).toEqual([
      'MISSING_TAX_NUMBER',
      'MISSING_BANK_ACCOUNT',
      'TOO_FEW_MEMBERS',
      'REQUESTED_AMOUNT_ABOVE_CEILING',
      'OPERATING_COSTS_ABOVE_CEILING',
      'TENOR_OUT_OF_RANGE',
      'PROJECTED_REVENUE_NOT_POSITIVE',
    ]);
  });

  it('fails every identifier rule for a cooperative registered without them', () => {
    expect(
      codes({ legalEntityNumber: null, cooperativeNumber: null, taxNumber: null, businessNumber: null, bankAccount: null }),
    ).toEqual([
      'MISSING_LEGAL_ENTITY_NUMBER',
      'MISSING_COOPERATIVE_NUMBER',
      'MISSING_TAX_NUMBER',
      'MISSING_BUSINESS_NUMBER',
      'MISSING_BANK_ACCOUNT',
    ]);
  });

  it('screens against the policy it is given', () => {
    const stricter = { ...PMK_49_2025, version: 'TEST-1', ceilingAmount: 1_000_000_000 };
    const result = screenBusinessPlan({ cooperative: VALID_COOPERATIVE, plan: VALID_PLAN, policy: stricter });
    expect(result.failures.map((failure) => failure.code)).toEqual(['REQUESTED_AMOUNT_ABOVE_CEILING']);
    expect(result.failures[0].params).toMatchObject({ ceilingAmount: 1_000_000_000, policyVersion: 'TEST-1' });
  });
});

describe('screening failures', () => {
  function failure(cooperative: Partial<ScreeningCooperative>, plan: Partial<ScreeningPlan>) {
    const [only] = screen(cooperative, plan).failures;
    return only;
  }

  it('carry the amounts, the policy and its limits as parameters', () => {
    expect(failure({}, { capexAmount: 2_800_000_000, opexAmount: 400_000_000 })).toEqual({
      code: 'REQUESTED_AMOUNT_ABOVE_CEILING',
      params: {
        requestedAmount: 3_200_000_000,
        capexAmount: 2_800_000_000,
        opexAmount: 400_000_000,
        ceilingAmount: 3_000_000_000,
        policyVersion: 'PMK-49-2025',
      },
    });
    expect(failure({}, { capexAmount: 100_000_000, opexAmount: 750_000_000 })).toEqual({
      code: 'OPERATING_COSTS_ABOVE_CEILING',
      params: { opexAmount: 750_000_000, operatingCostCeiling: 500_000_000, policyVersion: 'PMK-49-2025' },
    });
  });

  it('carry the months, the members and the ranges', () => {
    expect(failure({}, { tenorMonths: 84 }).params).toEqual({ tenorMonths: 84, min: 6, max: 72, policyVersion: 'PMK-49-2025' });
    expect(failure({}, { gracePeriodMonths: 12 }).params).toEqual({ gracePeriodMonths: 12, min: 6, max: 8, policyVersion: 'PMK-49-2025' });
    expect(failure({ memberCount: 7 }, {}).params).toEqual({ memberCount: 7, minimumMemberCount: 9 });
  });

  it('carry sector codes, and which parts of a bank account are missing', () => {
    expect(failure({ sectors: ['FISHERIES', 'AGRICULTURE', 'RETAIL'] }, { sector: 'TOURISM' }).params).toEqual({
      sector: 'TOURISM',
      cooperativeSectors: ['FISHERIES', 'AGRICULTURE', 'RETAIL'],
    });
    expect(failure({ bankAccount: { bankName: 'BRI', accountNumber: '', accountHolder: '' } }, {}).params).toEqual({
      accountGiven: true,
      missing: ['accountNumber', 'accountHolder'],
    });
    expect(failure({ bankAccount: null }, {}).params).toEqual({ accountGiven: false, missing: ['bankName', 'accountNumber', 'accountHolder'] });
  });

  it('never carry an identifier value', () => {
    expect(JSON.stringify(failure({ taxNumber: '12.34-5678' }, {}))).not.toContain('12.34-5678');
  });

  it('hold a code and parameters only, no sentences, for every rule', () => {
    const everything = screenBusinessPlan({
      cooperative: {
        memberCount: 0,
        sectors: [],
        legalEntityNumber: null,
        cooperativeNumber: 'x',
        taxNumber: null,
        businessNumber: 'x',
        bankAccount: { bankName: 'BRI', accountNumber: 'x', accountHolder: 'x' },
      },
      plan: {
        sector: 'OTHER',
        capexAmount: -1,
        opexAmount: 0,
        tenorMonths: 3,
        gracePeriodMonths: 3,
        projectedAnnualRevenue: 0,
      },
      policy: PMK_49_2025,
    });
    expect(everything.failures.length).toBeGreaterThan(5);
    for (const failed of everything.failures) {
      expect(Object.keys(failed).sort()).toEqual(['code', 'params']);
      for (const value of Object.values(failed.params)) expect(typeof value === 'string' && value.includes(' ')).toBe(false);
    }
  });
});
