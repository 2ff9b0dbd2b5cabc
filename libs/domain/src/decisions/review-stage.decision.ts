import type { CooperativeState } from '../cooperative-state';
import { assertFourEyes, isLastStage, nextStage, reviewDecisionCommand, type ReviewDecision } from '../review-stages';
import { cooperativeDecision, type CooperativeDecision } from './cooperative-decision';
import type { RowChange } from './row-change';
import type { StageSchedule } from './timer-job';
import { stageTimerJobs } from './timer-job';

/** The review as the decision needs it: its stages, its open stage and what was asked for. */
export interface ReviewUnderDecision {
  readonly id: string;
  readonly cooperativeId: string;
  readonly businessPlanId: string;
  readonly stages: readonly string[];
  readonly requestedAmount: number;
}

/** A reviewer's decision on the open stage. */
export interface StageVerdict {
  readonly stage: string;
  readonly decision: ReviewDecision;
  readonly reviewerId: string;
  readonly comment?: string;
  /** The last stage's approval: the amount granted, at most the amount requested. */
  readonly approvedAmount?: number;
}

/** A field of a verdict that breaks a rule, and why (the API answers 400 with these). */
export interface VerdictProblem {
  readonly field: 'comment' | 'approvedAmount';
  readonly message: string;
}

/**
 * What is wrong with a verdict: a rejection or a revision request needs a comment; the last
 * stage's approval, and only it, sets an amount above 0 and at most the one requested.
 */
export function verdictProblems(review: ReviewUnderDecision, verdict: StageVerdict): VerdictProblem[] {
  const problems: VerdictProblem[] = [];
  if (verdict.decision !== 'APPROVE' && !verdict.comment?.trim()) {
    problems.push({ field: 'comment', message: `a comment is required to ${verdict.decision === 'REJECT' ? 'reject' : 'request a revision'}` });
  }
  const finalApproval = verdict.decision === 'APPROVE' && isLastStage(review.stages, verdict.stage);
  if (finalApproval && verdict.approvedAmount === undefined) {
    problems.push({ field: 'approvedAmount', message: 'the last stage approval sets the approved amount' });
  }
  if (!finalApproval && verdict.approvedAmount !== undefined) {
    problems.push({ field: 'approvedAmount', message: 'only the last stage approval sets an amount' });
  }
  if (verdict.approvedAmount !== undefined && (verdict.approvedAmount <= 0 || verdict.approvedAmount > review.requestedAmount)) {
    problems.push({ field: 'approvedAmount', message: `must be above 0 and at most the requested ${review.requestedAmount}` });
  }
  return problems;
}

/**
 * A reviewer decides the open stage: approve (the next stage opens with its timers, or at the
 * last stage the financing is approved), reject, or send the plan back for revision. The
 * verdict is assumed valid (verdictProblems); four eyes is checked here.
 *
 * @throws FourEyesViolation when the reviewer decided another stage of this review.
 */
export function decideReviewStage(
  current: CooperativeState,
  input: {
    readonly review: ReviewUnderDecision;
    readonly verdict: StageVerdict;
    /** Who decided the review's earlier stages. */
    readonly previousDeciders: readonly string[];
    readonly decidedAt: Date;
    readonly scheduleStage: (openedAt: Date) => StageSchedule;
  },
): CooperativeDecision {
  const { review, verdict, decidedAt } = input;
  assertFourEyes(input.previousDeciders, verdict.reviewerId);
  const isLast = isLastStage(review.stages, verdict.stage);
  const command = reviewDecisionCommand(verdict.decision, isLast);
  const base = { reviewId: review.id, stage: verdict.stage, reviewerId: verdict.reviewerId };
  const recorded: RowChange = {
    kind: 'stage-decided',
    decision: {
      reviewId: review.id,
      stage: verdict.stage,
      decision: verdict.decision,
      reviewerId: verdict.reviewerId,
      comment: verdict.comment ?? null,
      approvedAmount: verdict.approvedAmount ?? null,
      decidedAt,
    },
  };
  const closed = (status: 'APPROVED' | 'REJECTED' | 'REVISION_REQUESTED', approvedAmount?: number): RowChange[] => [
    {
      kind: 'review-moved-on',
      reviewId: review.id,
      openStage: null,
      stageDeadlineAt: null,
      status,
      ...(approvedAmount === undefined ? {} : { approvedAmount }),
    },
    { kind: 'business-plan-status-changed', planId: review.businessPlanId, status },
    recorded,
  ];
  switch (command) {
    case 'approve-stage': {
      const stage = nextStage(review.stages, verdict.stage)!;
      const schedule = input.scheduleStage(decidedAt);
      return cooperativeDecision(current, command, {
        events: [
          { type: 'review.stage-approved', payload: { ...base, comment: verdict.comment } },
          { type: 'review.stage-opened', payload: { reviewId: review.id, stage, deadlineAt: schedule.deadlineAt.toISOString() } },
        ],
        timers: stageTimerJobs({ cooperativeId: review.cooperativeId, reviewId: review.id, stage }, schedule),
        changes: [
          { kind: 'review-moved-on', reviewId: review.id, openStage: stage, stageDeadlineAt: schedule.deadlineAt, status: 'OPEN' },
          recorded,
        ],
      });
    }
    case 'approve-final-stage':
      return cooperativeDecision(current, command, {
        events: [
          { type: 'review.stage-approved', payload: { ...base, comment: verdict.comment } },
          { type: 'financing.reviewed', payload: { ...base, outcome: 'APPROVED', approvedAmount: verdict.approvedAmount } },
        ],
        changes: closed('APPROVED', verdict.approvedAmount),
      });
    case 'reject-financing':
      return cooperativeDecision(current, command, {
        events: [{ type: 'financing.reviewed', payload: { ...base, outcome: 'REJECTED', reason: verdict.comment } }],
        changes: closed('REJECTED'),
      });
    case 'request-revision':
      return cooperativeDecision(current, command, {
        events: [{ type: 'review.revision-requested', payload: { ...base, comment: verdict.comment ?? '' } }],
        changes: closed('REVISION_REQUESTED'),
      });
  }
}
