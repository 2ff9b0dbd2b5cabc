import { Injectable } from '@nestjs/common';
import type { OutgoingJob } from '@kdmp/contracts';
import { AppConfig } from '@kdmp/config';
import { addWorkingDays } from '@kdmp/domain';

export interface OpenedStage {
  deadlineAt: Date;
  /** The reminder and the escalation, as delayed jobs with ids fixed by review and stage. */
  timers: OutgoingJob[];
}

/**
 * When a stage is due and the timers that watch it. Deadlines are working days (docs/domain.md),
 * or an exact duration where configured (tests use seconds).
 */
@Injectable()
export class StageClock {
  constructor(private readonly config: AppConfig) {}

  /** The configured stages, in order. */
  get stages(): readonly string[] {
    return this.config.get('REVIEW_STAGES');
  }

  open(review: { reviewId: string; cooperativeId: string; stage: string }, now = new Date()): OpenedStage {
    const exact = this.config.get('REVIEW_DEADLINE_MS');
    const deadlineAt = exact ? new Date(now.getTime() + exact) : addWorkingDays(now, this.config.get('REVIEW_DEADLINE_WORKING_DAYS'));
    const remindAt = new Date(Math.max(now.getTime(), deadlineAt.getTime() - this.config.get('REVIEW_REMINDER_LEAD_MS')));
    const payload = { ...review, correlationId: '' };
    return {
      deadlineAt,
      timers: [
        { name: 'remind-review-stage', jobId: `remind-${review.reviewId}-${review.stage}`, runAt: remindAt, payload },
        { name: 'escalate-review-stage', jobId: `escalate-${review.reviewId}-${review.stage}`, runAt: deadlineAt, payload },
      ],
    };
  }
}
