import { PMK_49_2025, repaymentSchedule, SCREENING_FAILURE_CODES } from '@kdmp/domain';
import type { Cooperative } from '../api/types';
import { emptyPlanFields, fieldOfFailure, liveSchedule, planBody, screeningPreview } from './plan-form';

const cooperative = {
  id: 'c1',
  memberCount: 25,
  sectors: ['AGRICULTURE'],
  legalEntityNumber: 'AHU-0001234.AH.01.29.TAHUN 2025',
  cooperativeNumber: '6402012001000000',
  taxNumber: '6402012001999999',
  businessNumber: '6402012001000',
  bankAccount: { bankName: 'BRI', accountNumber: '012301234567', accountHolder: 'Koperasi' },
  version: 3,
} as unknown as Cooperative;

const typed = {
  ...emptyPlanFields(cooperative),
  title: 'Penggilingan padi',
  summary: 'Padi',
  commodities: 'padi, beras, padi',
  capexAmount: '1.500.000.000',
  opexAmount: '300.000.000',
  tenorMonths: '60',
  gracePeriodMonths: '6',
  projectedAnnualRevenue: '2.400.000.000',
  capacityQuantity: '12,5',
};

describe('the plan form', () => {
  it("shows the domain's own schedule for what is typed", () => {
    expect(liveSchedule(typed, PMK_49_2025)).toEqual(
      repaymentSchedule({ principal: 1_800_000_000, tenorMonths: 60, gracePeriodMonths: 6, annualInterestRate: 0.06 }),
    );
  });

  it('shows no schedule while the terms are incomplete or impossible', () => {
    expect(liveSchedule({ ...typed, capexAmount: '', opexAmount: '' }, PMK_49_2025)).toBeNull();
    expect(liveSchedule({ ...typed, tenorMonths: '6', gracePeriodMonths: '6' }, PMK_49_2025)).toBeNull();
    expect(liveSchedule({ ...typed, tenorMonths: 'enam' }, PMK_49_2025)).toBeNull();
  });

  it('sends numbers, unique commodities and the version read', () => {
    expect(planBody(typed, 3)).toMatchObject({
      capexAmount: 1_500_000_000,
      opexAmount: 300_000_000,
      commodities: ['padi', 'beras'],
      monthlyCapacity: { quantity: 12.5, unit: 'ton' },
      expectedVersion: 3,
    });
  });

  it("previews screening with the workflow's rules, each failure beside its field", () => {
    expect(screeningPreview(typed, cooperative, PMK_49_2025)).toEqual({ passed: true, failures: [] });
    const refused = screeningPreview({ ...typed, sector: 'PLANTATION', tenorMonths: '90' }, cooperative, PMK_49_2025);
    expect(refused.failures.map((failure) => [failure.code, fieldOfFailure(failure.code)])).toEqual([
      ['TENOR_OUT_OF_RANGE', 'tenorMonths'],
      ['SECTOR_NOT_OF_COOPERATIVE', 'sector'],
    ]);
  });

  it('places every plan rule beside a field and leaves only the cooperative rules for the summary', () => {
    const cooperativeRules = SCREENING_FAILURE_CODES.filter((code) => fieldOfFailure(code) === null);
    expect(cooperativeRules.every((code) => /NUMBER|BANK|MEMBERS/.test(code))).toBe(true);
  });
});
