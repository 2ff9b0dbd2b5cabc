import type { CooperativeState } from '../cooperative-state';
import { cooperativeDecision, type CooperativeDecision } from './cooperative-decision';

export type StageTimerKind = 'remind' | 'escalate';

/**
 * A stage's timer fires while the stage is still open: its reviewers are reminded before the
 * deadline, admins are told after it. The state stays as it is.
 */
export function decideStageTimer(
  current: CooperativeState,
  kind: StageTimerKind,
  review: { readonly id: string; readonly stage: string; readonly stageDeadlineAt: Date },
): CooperativeDecision {
  const payload = { reviewId: review.id, stage: review.stage, deadlineAt: review.stageDeadlineAt.toISOString() };
  return kind === 'remind'
    ? cooperativeDecision(current, 'remind-review-stage', { events: [{ type: 'review.reminder', payload }] })
    : cooperativeDecision(current, 'escalate-review-stage', { events: [{ type: 'review.escalated', payload }] });
}
