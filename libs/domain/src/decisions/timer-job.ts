/**
 * A delayed job a decision schedules: a stage's reminder and escalation, a proposal's expiry.
 * Its id is fixed by what it watches, so scheduling it twice queues it once.
 */
export type TimerJob =
  | {
      readonly name: 'remind-review-stage' | 'escalate-review-stage';
      readonly jobId: string;
      readonly runAt: Date;
      readonly payload: { readonly cooperativeId: string; readonly reviewId: string; readonly stage: string };
    }
  | {
      readonly name: 'expire-match';
      readonly jobId: string;
      readonly runAt: Date;
      readonly payload: { readonly cooperativeId: string; readonly matchId: string };
    };

/** When a stage just opened is reminded and when it is due (computed by the caller's clock). */
export interface StageSchedule {
  readonly remindAt: Date;
  readonly deadlineAt: Date;
}

/** The reminder and the escalation of a stage, with ids fixed by review and stage. */
export function stageTimerJobs(
  stage: { readonly cooperativeId: string; readonly reviewId: string; readonly stage: string },
  schedule: StageSchedule,
): TimerJob[] {
  const payload = { cooperativeId: stage.cooperativeId, reviewId: stage.reviewId, stage: stage.stage };
  return [
    { name: 'remind-review-stage', jobId: `remind-${stage.reviewId}-${stage.stage}`, runAt: schedule.remindAt, payload },
    { name: 'escalate-review-stage', jobId: `escalate-${stage.reviewId}-${stage.stage}`, runAt: schedule.deadlineAt, payload },
  ];
}
