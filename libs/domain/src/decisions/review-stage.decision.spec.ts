import { FourEyesViolation } from '../review-stages';
import { IllegalTransitionError } from '../domain-error';
import { decideReviewStage, verdictProblems, type ReviewUnderDecision, type StageVerdict } from './review-stage.decision';

const REVIEW: ReviewUnderDecision = {
  id: 'review-1',
  cooperativeId: 'coop-1',
  businessPlanId: 'plan-1',
  stages: ['DESK_REVIEW', 'FIELD_VERIFICATION', 'CREDIT_COMMITTEE'],
  requestedAmount: 1_000_000_000,
};
const DECIDED_AT = new Date('2026-01-06T04:00:00Z');
const DEADLINE = new Date('2026-01-13T04:00:00Z');
const REMIND = new Date('2026-01-12T04:00:00Z');

function decide(verdict: Partial<StageVerdict> & Pick<StageVerdict, 'stage' | 'decision'>, previousDeciders: string[] = []) {
  return decideReviewStage('IN_REVIEW', {
    review: REVIEW,
    verdict: { reviewerId: 'rev-2', ...verdict },
    previousDeciders,
    decidedAt: DECIDED_AT,
    scheduleStage: () => ({ remindAt: REMIND, deadlineAt: DEADLINE }),
  });
}

const recorded = (verdict: Partial<StageVerdict> & Pick<StageVerdict, 'stage' | 'decision'>) => ({
  kind: 'stage-decided',
  decision: {
    reviewId: 'review-1',
    stage: verdict.stage,
    decision: verdict.decision,
    reviewerId: 'rev-2',
    comment: verdict.comment ?? null,
    approvedAmount: verdict.approvedAmount ?? null,
    decidedAt: DECIDED_AT,
  },
});

describe('decideReviewStage', () => {
  it('approving a stage that is not the last opens the next one with its timers', () => {
    const verdict = { stage: 'DESK_REVIEW', decision: 'APPROVE', comment: 'complete' } as const;
    const decision = decide(verdict, ['rev-1']);
    expect(decision.command).toBe('approve-stage');
    expect(decision.to).toBe('IN_REVIEW');
    expect(decision.events).toEqual([
      { type: 'review.stage-approved', payload: { reviewId: 'review-1', stage: 'DESK_REVIEW', reviewerId: 'rev-2', comment: 'complete' } },
      { type: 'review.stage-opened', payload: { reviewId: 'review-1', stage: 'FIELD_VERIFICATION', deadlineAt: DEADLINE.toISOString() } },
    ]);
    expect(decision.timers.map((timer) => [timer.name, timer.jobId, timer.runAt])).toEqual([
      ['remind-review-stage', 'remind-review-1-FIELD_VERIFICATION', REMIND],
      ['escalate-review-stage', 'escalate-review-1-FIELD_VERIFICATION', DEADLINE],
    ]);
    expect(decision.changes).toEqual([
      { kind: 'review-moved-on', reviewId: 'review-1', openStage: 'FIELD_VERIFICATION', stageDeadlineAt: DEADLINE, status: 'OPEN' },
      recorded(verdict),
    ]);
  });

  it('approving the last stage approves the financing with the amount, and schedules nothing', () => {
    const verdict = { stage: 'CREDIT_COMMITTEE', decision: 'APPROVE', approvedAmount: 800_000_000 } as const;
    const decision = decide(verdict);
    expect(decision.command).toBe('approve-final-stage');
    expect(decision.to).toBe('FINANCING_APPROVED');
    expect(decision.events.map((event) => event.type)).toEqual(['review.stage-approved', 'financing.reviewed']);
    expect(decision.events[1].payload).toEqual({
      reviewId: 'review-1',
      stage: 'CREDIT_COMMITTEE',
      reviewerId: 'rev-2',
      outcome: 'APPROVED',
      approvedAmount: 800_000_000,
    });
    expect(decision.timers).toEqual([]);
    expect(decision.changes).toEqual([
      { kind: 'review-moved-on', reviewId: 'review-1', openStage: null, stageDeadlineAt: null, status: 'APPROVED', approvedAmount: 800_000_000 },
      { kind: 'business-plan-status-changed', planId: 'plan-1', status: 'APPROVED' },
      recorded(verdict),
    ]);
  });

  it('rejecting at any stage closes the review and the plan, with the reason', () => {
    const verdict = { stage: 'FIELD_VERIFICATION', decision: 'REJECT', comment: 'no land title' } as const;
    const decision = decide(verdict);
    expect(decision.command).toBe('reject-financing');
    expect(decision.to).toBe('FINANCING_REJECTED');
    expect(decision.events).toEqual([
      {
        type: 'financing.reviewed',
        payload: { reviewId: 'review-1', stage: 'FIELD_VERIFICATION', reviewerId: 'rev-2', outcome: 'REJECTED', reason: 'no land title' },
      },
    ]);
    expect(decision.changes).toEqual([
      { kind: 'review-moved-on', reviewId: 'review-1', openStage: null, stageDeadlineAt: null, status: 'REJECTED' },
      { kind: 'business-plan-status-changed', planId: 'plan-1', status: 'REJECTED' },
      recorded(verdict),
    ]);
  });

  it('a revision request sends the plan back with the comment', () => {
    const verdict = { stage: 'DESK_REVIEW', decision: 'REQUEST_REVISION', comment: 'add the site map' } as const;
    const decision = decide(verdict);
    expect(decision.to).toBe('REVISION_REQUESTED');
    expect(decision.events).toEqual([
      {
        type: 'review.revision-requested',
        payload: { reviewId: 'review-1', stage: 'DESK_REVIEW', reviewerId: 'rev-2', comment: 'add the site map' },
      },
    ]);
    expect(decision.changes[1]).toEqual({ kind: 'business-plan-status-changed', planId: 'plan-1', status: 'REVISION_REQUESTED' });
  });

  it('refuses a reviewer who decided another stage of the review (four eyes)', () => {
    expect(() => decide({ stage: 'FIELD_VERIFICATION', decision: 'APPROVE' }, ['rev-2'])).toThrow(FourEyesViolation);
  });

  it('refuses once the cooperative has left the review', () => {
    expect(() =>
      decideReviewStage('WITHDRAWN', {
        review: REVIEW,
        verdict: { stage: 'DESK_REVIEW', decision: 'APPROVE', reviewerId: 'rev-2' },
        previousDeciders: [],
        decidedAt: DECIDED_AT,
        scheduleStage: () => ({ remindAt: REMIND, deadlineAt: DEADLINE }),
      }),
    ).toThrow(IllegalTransitionError);
  });
});

describe('verdictProblems', () => {
  const problems = (verdict: Omit<StageVerdict, 'reviewerId'>) =>
    verdictProblems(REVIEW, { reviewerId: 'rev-2', ...verdict }).map((problem) => problem.field);

  it('accepts a plain approval and a final approval with an amount in range', () => {
    expect(problems({ stage: 'DESK_REVIEW', decision: 'APPROVE' })).toEqual([]);
    expect(problems({ stage: 'CREDIT_COMMITTEE', decision: 'APPROVE', approvedAmount: 1_000_000_000 })).toEqual([]);
  });

  it('needs a comment to reject or request a revision', () => {
    expect(problems({ stage: 'DESK_REVIEW', decision: 'REJECT', comment: '  ' })).toEqual(['comment']);
    expect(problems({ stage: 'DESK_REVIEW', decision: 'REQUEST_REVISION' })).toEqual(['comment']);
  });

  it('takes an amount at the last approval only, above 0 and at most the request', () => {
    expect(problems({ stage: 'CREDIT_COMMITTEE', decision: 'APPROVE' })).toEqual(['approvedAmount']);
    expect(problems({ stage: 'DESK_REVIEW', decision: 'APPROVE', approvedAmount: 5 })).toEqual(['approvedAmount']);
    expect(problems({ stage: 'CREDIT_COMMITTEE', decision: 'APPROVE', approvedAmount: 0 })).toEqual(['approvedAmount']);
    expect(problems({ stage: 'CREDIT_COMMITTEE', decision: 'APPROVE', approvedAmount: 1_000_000_001 })).toEqual(['approvedAmount']);
  });
});
