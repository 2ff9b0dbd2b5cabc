import type { CooperativeState } from '../cooperative-state';
import type { FinancingPolicy } from '../financing-policy';
import { cooperativeDecision, type CooperativeDecision } from './cooperative-decision';
import type { NewBusinessPlan } from './row-change';

/** The officer submits a plan (its first, a revision, or a new one after a rejection): it becomes current. */
export function decidePlanSubmission(current: CooperativeState, plan: NewBusinessPlan): CooperativeDecision {
  return cooperativeDecision(current, 'submit-business-plan', {
    events: [
      {
        type: 'business-plan.submitted',
        payload: {
          businessPlanId: plan.id,
          revision: plan.revision,
          requestedAmount: plan.capexAmount + plan.opexAmount,
          policyVersion: plan.policyVersion,
        },
      },
    ],
    changes: [{ kind: 'business-plan-submitted', plan }],
    currentBusinessPlanId: plan.id,
  });
}

/** A field of a plan outside the policy's stated limits, and why (the API answers 400 with these). */
export interface PlanProblem {
  readonly field: 'capexAmount' | 'opexAmount' | 'tenorMonths' | 'gracePeriodMonths';
  readonly message: string;
}

/**
 * The limits the policy states outright, checked at submission; the cooperative-level rules
 * are screening's.
 */
export function planPolicyProblems(
  plan: Pick<NewBusinessPlan, 'capexAmount' | 'opexAmount' | 'tenorMonths' | 'gracePeriodMonths'>,
  policy: FinancingPolicy,
): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const requested = plan.capexAmount + plan.opexAmount;
  if (requested <= 0) problems.push({ field: 'capexAmount', message: 'the requested amount (capex + opex) must be above zero' });
  if (requested > policy.ceilingAmount) {
    problems.push({ field: 'capexAmount', message: `capex + opex is above the ceiling of ${policy.ceilingAmount} (${policy.version})` });
  }
  if (plan.opexAmount > policy.operatingCostCeiling) {
    problems.push({ field: 'opexAmount', message: `operating costs are above ${policy.operatingCostCeiling} (${policy.version})` });
  }
  if (plan.tenorMonths < policy.tenorMonths.min || plan.tenorMonths > policy.tenorMonths.max) {
    problems.push({ field: 'tenorMonths', message: `the tenor must be ${policy.tenorMonths.min} to ${policy.tenorMonths.max} months` });
  }
  if (plan.gracePeriodMonths < policy.gracePeriodMonths.min || plan.gracePeriodMonths > policy.gracePeriodMonths.max) {
    problems.push({
      field: 'gracePeriodMonths',
      message: `the grace period must be ${policy.gracePeriodMonths.min} to ${policy.gracePeriodMonths.max} months`,
    });
  } else if (plan.gracePeriodMonths >= plan.tenorMonths) {
    problems.push({ field: 'gracePeriodMonths', message: 'the grace period must be shorter than the tenor' });
  }
  return problems;
}
