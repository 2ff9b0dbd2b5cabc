import { IllegalTransitionError } from '../domain-error';
import { decideStageTimer } from './stage-timer.decision';
import { stageTimerJobs } from './timer-job';

const REVIEW = { id: 'review-1', stage: 'DESK_REVIEW', stageDeadlineAt: new Date('2026-01-12T03:00:00Z') };
const PAYLOAD = { reviewId: 'review-1', stage: 'DESK_REVIEW', deadlineAt: '2026-01-12T03:00:00.000Z' };

describe('decideStageTimer', () => {
  it('reminds the stage reviewers and keeps the state', () => {
    const decision = decideStageTimer('IN_REVIEW', 'remind', REVIEW);
    expect(decision.command).toBe('remind-review-stage');
    expect(decision.to).toBe('IN_REVIEW');
    expect(decision.events).toEqual([{ type: 'review.reminder', payload: PAYLOAD }]);
    expect(decision.changes).toEqual([]);
  });

  it('escalates past the deadline', () => {
    const decision = decideStageTimer('IN_REVIEW', 'escalate', REVIEW);
    expect(decision.command).toBe('escalate-review-stage');
    expect(decision.events).toEqual([{ type: 'review.escalated', payload: PAYLOAD }]);
  });

  it('does nothing once the review is over', () => {
    expect(() => decideStageTimer('FINANCING_APPROVED', 'remind', REVIEW)).toThrow(IllegalTransitionError);
  });
});

describe('stageTimerJobs', () => {
  it('gives the reminder and the escalation ids fixed by review and stage', () => {
    const remindAt = new Date('2026-01-11T03:00:00Z');
    const jobs = stageTimerJobs({ cooperativeId: 'coop-1', reviewId: 'review-1', stage: 'DESK_REVIEW' }, { remindAt, deadlineAt: REVIEW.stageDeadlineAt });
    expect(jobs.map((job) => [job.name, job.jobId, job.runAt])).toEqual([
      ['remind-review-stage', 'remind-review-1-DESK_REVIEW', remindAt],
      ['escalate-review-stage', 'escalate-review-1-DESK_REVIEW', REVIEW.stageDeadlineAt],
    ]);
  });
});
