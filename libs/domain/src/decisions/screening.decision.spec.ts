import { PMK_49_2025 } from '../financing-policy';
import { IllegalTransitionError } from '../domain-error';
import { decideScreening, type ScreeningDecisionInput } from './screening.decision';

const OPENED_AT = new Date('2026-01-05T03:00:00Z');
const DEADLINE = new Date('2026-01-12T03:00:00Z');
const REMIND = new Date('2026-01-11T03:00:00Z');

function input(overrides: { memberCount?: number } = {}): ScreeningDecisionInput {
  return {
    cooperative: {
      id: 'coop-1',
      regencyCode: '64.02',
      provinceCode: '64',
      memberCount: overrides.memberCount ?? 25,
      sectors: ['AGRICULTURE'],
      legalEntityNumber: 'AHU-0001234.AH.01.29.TAHUN 2025',
      cooperativeNumber: '6402012001000001',
      taxNumber: '01.234.567.8-901.000',
      businessNumber: '9120001234567',
      bankAccount: { bankName: 'Bank Rakyat Indonesia', accountNumber: '012301000123456', accountHolder: 'KDMP Perian' },
    },
    plan: {
      id: 'plan-1',
      policyVersion: 'PMK-49-2025',
      sector: 'AGRICULTURE',
      capexAmount: 2_500_000_000,
      opexAmount: 500_000_000,
      tenorMonths: 72,
      gracePeriodMonths: 6,
      projectedAnnualRevenue: 1_200_000_000,
    },
    policy: PMK_49_2025,
    review: {
      id: 'review-1',
      stages: ['DESK_REVIEW', 'CREDIT_COMMITTEE'],
      openedAt: OPENED_AT,
      scheduleStage: (openedAt) => {
        expect(openedAt).toBe(OPENED_AT);
        return { remindAt: REMIND, deadlineAt: DEADLINE };
      },
    },
  };
}

describe('decideScreening', () => {
  it('passes: opens the first stage with its two timers and puts the plan in review', () => {
    const decision = decideScreening('PLAN_SUBMITTED', input());
    expect(decision.command).toBe('pass-screening');
    expect(decision.to).toBe('IN_REVIEW');
    expect(decision.events).toEqual([
      { type: 'screening.passed', payload: { businessPlanId: 'plan-1', policyVersion: 'PMK-49-2025' } },
      { type: 'review.stage-opened', payload: { reviewId: 'review-1', stage: 'DESK_REVIEW', deadlineAt: DEADLINE.toISOString() } },
    ]);
    const payload = { cooperativeId: 'coop-1', reviewId: 'review-1', stage: 'DESK_REVIEW' };
    expect(decision.timers).toEqual([
      { name: 'remind-review-stage', jobId: 'remind-review-1-DESK_REVIEW', runAt: REMIND, payload },
      { name: 'escalate-review-stage', jobId: 'escalate-review-1-DESK_REVIEW', runAt: DEADLINE, payload },
    ]);
    expect(decision.changes).toEqual([
      {
        kind: 'review-opened',
        review: {
          id: 'review-1',
          cooperativeId: 'coop-1',
          businessPlanId: 'plan-1',
          policyVersion: 'PMK-49-2025',
          stages: ['DESK_REVIEW', 'CREDIT_COMMITTEE'],
          openStage: 'DESK_REVIEW',
          stageDeadlineAt: DEADLINE,
          requestedAmount: 3_000_000_000,
          regencyCode: '64.02',
          provinceCode: '64',
          openedAt: OPENED_AT,
        },
      },
      { kind: 'business-plan-status-changed', planId: 'plan-1', status: 'IN_REVIEW' },
    ]);
  });

  it('fails: sends the plan back with every failed rule, and schedules nothing', () => {
    const decision = decideScreening('PLAN_SUBMITTED', input({ memberCount: 3 }));
    expect(decision.command).toBe('fail-screening');
    expect(decision.to).toBe('REVISION_REQUESTED');
    expect(decision.events).toHaveLength(1);
    const [failed] = decision.events;
    expect(failed.type).toBe('screening.failed');
    const reasons = (failed.payload as { reasons: { code: string }[] }).reasons;
    expect(reasons.map((reason) => reason.code)).toEqual(['TOO_FEW_MEMBERS']);
    expect(decision.timers).toEqual([]);
    expect(decision.changes).toEqual([
      { kind: 'business-plan-status-changed', planId: 'plan-1', status: 'SCREENING_FAILED', screeningFailures: reasons },
    ]);
  });

  it('does nothing once the cooperative moved on (a late or repeated message)', () => {
    expect(() => decideScreening('WITHDRAWN', input())).toThrow(IllegalTransitionError);
  });
});
