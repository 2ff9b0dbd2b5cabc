import { Injectable } from '@nestjs/common';
import { AppConfig } from '@kdmp/config';
import { addWorkingDays, type StageSchedule } from '@kdmp/domain';

/**
 * When a stage is due and when its reviewers are reminded. Deadlines are working days
 * (docs/domain.md), or an exact duration where configured (tests use seconds).
 */
@Injectable()
export class StageClock {
  constructor(private readonly config: AppConfig) {}

  /** The configured stages, in order. */
  get stages(): readonly string[] {
    return this.config.get('REVIEW_STAGES');
  }

  /** The schedule of a stage opened at `openedAt`. */
  schedule(openedAt: Date): StageSchedule {
    const exact = this.config.get('REVIEW_DEADLINE_MS');
    const deadlineAt = exact ? new Date(openedAt.getTime() + exact) : addWorkingDays(openedAt, this.config.get('REVIEW_DEADLINE_WORKING_DAYS'));
    const remindAt = new Date(Math.max(openedAt.getTime(), deadlineAt.getTime() - this.config.get('REVIEW_REMINDER_LEAD_MS')));
    return { deadlineAt, remindAt };
  }
}
