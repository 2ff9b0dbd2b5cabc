import type { PipelineCommand } from './pipeline-command';
import { RuleViolation } from './rule-violation';

/**
 * The review of a submitted plan (docs/domain.md, "Review stages"): ordered stages, each decided by
 * a reviewer of that stage, with a deadline in working days, a reminder before it and an
 * escalation after it. The stages are configurable; these are the defaults.
 */

/** DESK_REVIEW (administrative verification), FIELD_VERIFICATION (site visit), CREDIT_COMMITTEE (final decision). */
export const REVIEW_STAGES_DEFAULT = Object.freeze(['DESK_REVIEW', 'FIELD_VERIFICATION', 'CREDIT_COMMITTEE'] as const);

export type DefaultReviewStage = (typeof REVIEW_STAGES_DEFAULT)[number];

export interface ReviewStageConfig {
  /** In order; the last one's approval sets the approved amount. */
  readonly stages: readonly string[];
  /** Working days (Monday to Friday, Asia/Jakarta) a stage has from opening to its deadline. */
  readonly deadlineWorkingDays: number;
  /** How long before the deadline its reviewers are reminded. */
  readonly reminderBeforeHours: number;
}

/** docs/domain.md: 5 working days a stage. The reminder lead time is ours: a day before. */
export const DEFAULT_REVIEW_STAGE_CONFIG: ReviewStageConfig = Object.freeze({
  stages: REVIEW_STAGES_DEFAULT,
  deadlineWorkingDays: 5,
  reminderBeforeHours: 24,
});

/**
 * Checks a configuration: at least one stage, no blank or repeated stage, a whole positive
 * number of working days, and a whole non-negative reminder lead time.
 *
 * @throws RuleViolation INVALID_REVIEW_STAGE_CONFIG naming every problem found.
 */
export function assertValidReviewStageConfig(config: ReviewStageConfig): void {
  const problems: string[] = [];
  const stages = Array.isArray(config.stages) ? config.stages : [];
  if (stages.length === 0) {
    problems.push('stages must list at least one stage');
  }
  if (stages.some((stage) => typeof stage !== 'string' || stage.trim() === '')) {
    problems.push('a stage must not be blank');
  }
  if (new Set(stages).size !== stages.length) {
    problems.push('a stage must not appear twice');
  }
  if (!Number.isInteger(config.deadlineWorkingDays) || config.deadlineWorkingDays < 1) {
    problems.push(`deadlineWorkingDays must be a whole number >= 1, got ${config.deadlineWorkingDays}`);
  }
  if (!Number.isInteger(config.reminderBeforeHours) || config.reminderBeforeHours < 0) {
    problems.push(`reminderBeforeHours must be a whole number >= 0, got ${config.reminderBeforeHours}`);
  }
  if (problems.length > 0) {
    throw new RuleViolation('INVALID_REVIEW_STAGE_CONFIG', `Invalid review stage configuration: ${problems.join('; ')}.`);
  }
}

/**
 * The stage that opens when screening passes.
 *
 * @throws RuleViolation INVALID_REVIEW_STAGE_CONFIG when there are no stages.
 */
export function firstStage(stages: readonly string[]): string {
  if (stages.length === 0) {
    throw new RuleViolation('INVALID_REVIEW_STAGE_CONFIG', 'A review needs at least one stage.');
  }
  return stages[0];
}

/**
 * The stage after `current`, or null when `current` is the last.
 *
 * @throws RuleViolation UNKNOWN_REVIEW_STAGE when `current` is not one of `stages`.
 */
export function nextStage(stages: readonly string[], current: string): string | null {
  const index = stageIndex(stages, current);
  return index === stages.length - 1 ? null : stages[index + 1];
}

/**
 * Whether approving `current` ends the review (approve-final-stage rather than approve-stage).
 *
 * @throws RuleViolation UNKNOWN_REVIEW_STAGE when `current` is not one of `stages`.
 */
export function isLastStage(stages: readonly string[], current: string): boolean {
  return stageIndex(stages, current) === stages.length - 1;
}

function stageIndex(stages: readonly string[], current: string): number {
  const index = stages.indexOf(current);
  if (index < 0) {
    throw new RuleViolation(
      'UNKNOWN_REVIEW_STAGE',
      `"${current}" is not a stage of this review; its stages are: ${stages.join(', ') || 'none'}.`,
    );
  }
  return index;
}

// Decisions ---------------------------------------------------------------------------------

export const REVIEW_DECISIONS = Object.freeze(['APPROVE', 'REJECT', 'REQUEST_REVISION'] as const);

export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export function isReviewDecision(value: unknown): value is ReviewDecision {
  return typeof value === 'string' && (REVIEW_DECISIONS as readonly string[]).includes(value);
}

/** The transition-table commands a review decision issues. */
export type ReviewDecisionCommand = Extract<
  PipelineCommand,
  'approve-stage' | 'approve-final-stage' | 'reject-financing' | 'request-revision'
>;

/**
 * The pipeline command for a reviewer's decision on a stage: approving the last stage is
 * approve-final-stage, any other approval approve-stage; a rejection or a revision request ends
 * the review at whatever stage it is made.
 *
 * @throws RuleViolation UNKNOWN_REVIEW_DECISION for a value outside REVIEW_DECISIONS.
 */
export function reviewDecisionCommand(decision: ReviewDecision, isLast: boolean): ReviewDecisionCommand {
  switch (decision) {
    case 'APPROVE':
      return isLast ? 'approve-final-stage' : 'approve-stage';
    case 'REJECT':
      return 'reject-financing';
    case 'REQUEST_REVISION':
      return 'request-revision';
    default: {
      const unknown: never = decision;
      throw new RuleViolation(
        'UNKNOWN_REVIEW_DECISION',
        `Unknown review decision "${String(unknown)}"; expected one of ${REVIEW_DECISIONS.join(', ')}.`,
      );
    }
  }
}

// Four eyes ---------------------------------------------------------------------------------

/** A reviewer who decided one stage of a review tries to decide another (docs/domain.md: 403). */
export class FourEyesViolation extends RuleViolation {
  readonly reviewerId: string;

  constructor(reviewerId: string) {
    super(
      'FOUR_EYES_VIOLATION',
      `Reviewer "${reviewerId}" already decided another stage of this review; a different reviewer must decide this one.`,
    );
    this.reviewerId = reviewerId;
  }
}

/**
 * Four eyes: no reviewer may decide two stages of the same review.
 *
 * @param previousDeciders who decided the review's earlier stages.
 * @throws FourEyesViolation (a RuleViolation, code FOUR_EYES_VIOLATION) when `reviewerId` is among them.
 */
export function assertFourEyes(previousDeciders: readonly string[], reviewerId: string): void {
  if (previousDeciders.includes(reviewerId)) {
    throw new FourEyesViolation(reviewerId);
  }
}

// Working days ------------------------------------------------------------------------------

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
/** Asia/Jakarta (WIB) is UTC+7 all year: Indonesia keeps no daylight saving time. */
const JAKARTA_OFFSET_MS = 7 * HOUR_MS;

/** The weekday of an instant on the Jakarta calendar: 0 Sunday ... 6 Saturday. */
function jakartaWeekday(epochMs: number): number {
  return new Date(epochMs + JAKARTA_OFFSET_MS).getUTCDay();
}

/**
 * `start` moved forward by `days` working days, keeping its time of day: each step goes to the
 * next calendar day, and only a Monday to Friday on the Asia/Jakarta calendar counts. So Friday
 * 10:00 + 1 is Monday 10:00, and Saturday 10:00 + 1 is Monday 10:00 too; + 0 is `start` itself.
 * Public holidays are not known here and count as working days.
 *
 * @throws RuleViolation INVALID_CALENDAR_INPUT for an invalid date or a negative or fractional count.
 */
export function addWorkingDays(start: Date, days: number): Date {
  if (!(start instanceof Date) || Number.isNaN(start.getTime())) {
    throw new RuleViolation('INVALID_CALENDAR_INPUT', 'Cannot add working days to an invalid date.');
  }
  if (!Number.isInteger(days) || days < 0) {
    throw new RuleViolation('INVALID_CALENDAR_INPUT', `Working days must be a whole number >= 0, got ${days}.`);
  }
  let at = start.getTime();
  let remaining = days;
  while (remaining > 0) {
    at += DAY_MS;
    const weekday = jakartaWeekday(at);
    if (weekday !== 0 && weekday !== 6) {
      remaining -= 1;
    }
  }
  return new Date(at);
}

export interface StageTimers {
  /** When the stage's reviewers are reminded: reminderBeforeHours before the deadline, never before it opened. */
  readonly remindAt: Date;
  /** When the stage escalates to admins. */
  readonly deadlineAt: Date;
}

/** The reminder and deadline of a stage opened at `openedAt`. */
export function stageTimers(
  openedAt: Date,
  config: Pick<ReviewStageConfig, 'deadlineWorkingDays' | 'reminderBeforeHours'>,
): StageTimers {
  const deadlineAt = addWorkingDays(openedAt, config.deadlineWorkingDays);
  const remindAt = new Date(Math.max(openedAt.getTime(), deadlineAt.getTime() - config.reminderBeforeHours * HOUR_MS));
  return { remindAt, deadlineAt };
}
