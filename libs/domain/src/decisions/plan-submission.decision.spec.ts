import { IllegalTransitionError } from '../domain-error';
import { decidePlanSubmission } from './plan-submission.decision';
import type { NewBusinessPlan } from './row-change';

const PLAN: NewBusinessPlan = {
  id: 'plan-2',
  cooperativeId: 'coop-1',
  revision: 2,
  title: 'Rice mill',
  summary: 'A mill for the village',
  sector: 'AGRICULTURE',
  commodities: ['rice'],
  capexAmount: 900_000_000,
  opexAmount: 100_000_000,
  tenorMonths: 60,
  gracePeriodMonths: 6,
  projectedAnnualRevenue: 800_000_000,
  seekingRoles: ['OFFTAKER'],
  monthlyCapacity: { quantity: 20, unit: 'ton' },
  exportReady: false,
  policyVersion: 'PMK-49-2025',
  submittedBy: 'officer-1',
  submittedAt: new Date('2026-01-05T03:00:00Z'),
};

describe('decidePlanSubmission', () => {
  it.each(['REGISTERED', 'REVISION_REQUESTED', 'FINANCING_REJECTED'] as const)(
    'from %s submits the plan, makes it current and writes it',
    (state) => {
      const decision = decidePlanSubmission(state, PLAN);
      expect(decision.to).toBe('PLAN_SUBMITTED');
      expect(decision.events).toEqual([
        {
          type: 'business-plan.submitted',
          payload: { businessPlanId: 'plan-2', revision: 2, requestedAmount: 1_000_000_000, policyVersion: 'PMK-49-2025' },
        },
      ]);
      expect(decision.changes).toEqual([{ kind: 'business-plan-submitted', plan: PLAN }]);
      expect(decision.currentBusinessPlanId).toBe('plan-2');
      expect(decision.timers).toEqual([]);
    },
  );

  it('is refused while a plan is in review', () => {
    expect(() => decidePlanSubmission('IN_REVIEW', PLAN)).toThrow(IllegalTransitionError);
  });
});
