import type { CooperativeState } from '../cooperative-state';
import type { FinancingPolicy } from '../financing-policy';
import { firstStage } from '../review-stages';
import { screenBusinessPlan, type ScreeningCooperative, type ScreeningPlan } from '../screening-rules';
import { cooperativeDecision, type CooperativeDecision } from './cooperative-decision';
import { stageTimerJobs, type StageSchedule } from './timer-job';

export interface ScreeningDecisionInput {
  readonly cooperative: ScreeningCooperative & { readonly id: string; readonly regencyCode: string; readonly provinceCode: string };
  readonly plan: ScreeningPlan & { readonly id: string; readonly policyVersion: string };
  /** The policy the plan was submitted under. */
  readonly policy: FinancingPolicy;
  /** The review that opens if screening passes. */
  readonly review: {
    readonly id: string;
    readonly stages: readonly string[];
    readonly openedAt: Date;
    readonly scheduleStage: (openedAt: Date) => StageSchedule;
  };
}

/**
 * The automated screening of the current plan: pass opens the review at its first stage, with
 * the stage's timers; fail sends the plan back with every failed rule.
 */
export function decideScreening(current: CooperativeState, input: ScreeningDecisionInput): CooperativeDecision {
  const { cooperative, plan, policy, review } = input;
  const screening = screenBusinessPlan({ cooperative, plan, policy });
  if (!screening.passed) {
    const reasons = screening.failures.map((failure) => ({ code: failure.code, params: { ...failure.params } }));
    return cooperativeDecision(current, 'fail-screening', {
      events: [{ type: 'screening.failed', payload: { businessPlanId: plan.id, policyVersion: policy.version, reasons } }],
      changes: [{ kind: 'business-plan-status-changed', planId: plan.id, status: 'SCREENING_FAILED', screeningFailures: reasons }],
    });
  }
  const stage = firstStage(review.stages);
  const schedule = review.scheduleStage(review.openedAt);
  return cooperativeDecision(current, 'pass-screening', {
    events: [
      { type: 'screening.passed', payload: { businessPlanId: plan.id, policyVersion: policy.version } },
      { type: 'review.stage-opened', payload: { reviewId: review.id, stage, deadlineAt: schedule.deadlineAt.toISOString() } },
    ],
    timers: stageTimerJobs({ cooperativeId: cooperative.id, reviewId: review.id, stage }, schedule),
    changes: [
      {
        kind: 'review-opened',
        review: {
          id: review.id,
          cooperativeId: cooperative.id,
          businessPlanId: plan.id,
          policyVersion: plan.policyVersion,
          stages: [...review.stages],
          openStage: stage,
          stageDeadlineAt: schedule.deadlineAt,
          requestedAmount: plan.capexAmount + plan.opexAmount,
          regencyCode: cooperative.regencyCode,
          provinceCode: cooperative.provinceCode,
          openedAt: review.openedAt,
        },
      },
      { kind: 'business-plan-status-changed', planId: plan.id, status: 'IN_REVIEW' },
    ],
  });
}
