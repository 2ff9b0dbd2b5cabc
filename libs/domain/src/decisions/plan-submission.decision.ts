import type { CooperativeState } from '../cooperative-state';
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
