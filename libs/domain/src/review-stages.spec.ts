import { TRANSITION_TABLE } from './transition-table';
import {
  DEFAULT_REVIEW_STAGE_CONFIG,
  FourEyesViolation,
  REVIEW_DECISIONS,
  REVIEW_STAGES_DEFAULT,
  type ReviewDecision,
  addWorkingDays,
  assertFourEyes,
  assertValidReviewStageConfig,
  firstStage,
  isLastStage,
  isReviewDecision,
  nextStage,
  reviewDecisionCommand,
  stageTimers,
} from './review-stages';
import { RuleViolation } from './rule-violation';

function violation(run: () => unknown): RuleViolation {
  try {
    run();
  } catch (error) {
    if (error instanceof RuleViolation) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a RuleViolation');
}

/** A wall-clock time in Jakarta (UTC+7). */
function wib(localDateTime: string): Date {
  return new Date(`${localDateTime}+07:00`);
}

describe('review stages', () => {
  it('default to the three stages of docs/domain.md, 5 working days each', () => {
    expect(REVIEW_STAGES_DEFAULT).toEqual(['DESK_REVIEW', 'FIELD_VERIFICATION', 'CREDIT_COMMITTEE']);
    expect(Object.isFrozen(REVIEW_STAGES_DEFAULT)).toBe(true);
    expect(DEFAULT_REVIEW_STAGE_CONFIG.stages).toBe(REVIEW_STAGES_DEFAULT);
    expect(DEFAULT_REVIEW_STAGE_CONFIG.deadlineWorkingDays).toBe(5);
    expect(() => assertValidReviewStageConfig(DEFAULT_REVIEW_STAGE_CONFIG)).not.toThrow();
  });

  it('run in order, with nothing after the last', () => {
    expect(firstStage(REVIEW_STAGES_DEFAULT)).toBe('DESK_REVIEW');
    expect(nextStage(REVIEW_STAGES_DEFAULT, 'DESK_REVIEW')).toBe('FIELD_VERIFICATION');
    expect(nextStage(REVIEW_STAGES_DEFAULT, 'FIELD_VERIFICATION')).toBe('CREDIT_COMMITTEE');
    expect(nextStage(REVIEW_STAGES_DEFAULT, 'CREDIT_COMMITTEE')).toBeNull();
    expect(REVIEW_STAGES_DEFAULT.map((stage) => isLastStage(REVIEW_STAGES_DEFAULT, stage))).toEqual([false, false, true]);
  });

  it('follow a configured list, including a single stage', () => {
    const stages = ['DESK_REVIEW', 'BANK_ANALYSIS', 'CREDIT_COMMITTEE', 'DIRECTORS'];
    expect(nextStage(stages, 'CREDIT_COMMITTEE')).toBe('DIRECTORS');
    expect(isLastStage(stages, 'CREDIT_COMMITTEE')).toBe(false);
    expect(nextStage(['ONLY'], 'ONLY')).toBeNull();
    expect(isLastStage(['ONLY'], 'ONLY')).toBe(true);
  });

  it('refuse a stage that is not configured, and an empty list', () => {
    expect(violation(() => nextStage(REVIEW_STAGES_DEFAULT, 'SITE_VISIT')).code).toBe('UNKNOWN_REVIEW_STAGE');
    expect(violation(() => isLastStage([], 'DESK_REVIEW')).code).toBe('UNKNOWN_REVIEW_STAGE');
    expect(violation(() => firstStage([])).code).toBe('INVALID_REVIEW_STAGE_CONFIG');
  });

  it.each([
    ['no stages', { stages: [] }],
    ['a repeated stage', { stages: ['DESK_REVIEW', 'DESK_REVIEW'] }],
    ['a blank stage', { stages: ['DESK_REVIEW', ' '] }],
    ['zero working days', { deadlineWorkingDays: 0 }],
    ['fractional working days', { deadlineWorkingDays: 2.5 }],
    ['a negative reminder', { reminderBeforeHours: -1 }],
  ])('refuse a configuration with %s', (_name, change) => {
    expect(violation(() => assertValidReviewStageConfig({ ...DEFAULT_REVIEW_STAGE_CONFIG, ...change })).code).toBe(
      'INVALID_REVIEW_STAGE_CONFIG',
    );
  });
});

describe('reviewDecisionCommand', () => {
  it('maps each decision to its transition-table command', () => {
    expect(reviewDecisionCommand('APPROVE', false)).toBe('approve-stage');
    expect(reviewDecisionCommand('APPROVE', true)).toBe('approve-final-stage');
    for (const isLast of [false, true]) {
      expect(reviewDecisionCommand('REJECT', isLast)).toBe('reject-financing');
      expect(reviewDecisionCommand('REQUEST_REVISION', isLast)).toBe('request-revision');
    }
  });

  it('issues only reviewer commands that the transition table knows', () => {
    for (const decision of REVIEW_DECISIONS) {
      for (const isLast of [false, true]) {
        const rule = TRANSITION_TABLE.find((candidate) => candidate.command === reviewDecisionCommand(decision, isLast));
        expect(rule?.actors).toEqual(['REVIEWER']);
        expect(rule?.from).toEqual(['IN_REVIEW']);
      }
    }
  });

  it('refuses a decision from outside the list', () => {
    expect(violation(() => reviewDecisionCommand('ESCALATE' as ReviewDecision, false)).code).toBe(
      'UNKNOWN_REVIEW_DECISION',
    );
  });

  it('narrows untrusted input to a decision', () => {
    expect(REVIEW_DECISIONS).toEqual(['APPROVE', 'REJECT', 'REQUEST_REVISION']);
    expect(isReviewDecision('REQUEST_REVISION')).toBe(true);
    expect(isReviewDecision('approve')).toBe(false);
    expect(isReviewDecision(null)).toBe(false);
  });
});

describe('assertFourEyes', () => {
  it('lets a reviewer who has not decided this review decide a stage', () => {
    expect(() => assertFourEyes([], 'u-1')).not.toThrow();
    expect(() => assertFourEyes(['u-1', 'u-2'], 'u-3')).not.toThrow();
  });

  it('stops a reviewer who already decided another stage', () => {
    const error = violation(() => assertFourEyes(['u-1', 'u-2'], 'u-2'));
    expect(error).toBeInstanceOf(FourEyesViolation);
    expect(error.code).toBe('FOUR_EYES_VIOLATION');
    expect(error.name).toBe('FourEyesViolation');
    expect((error as FourEyesViolation).reviewerId).toBe('u-2');
  });
});

describe('addWorkingDays', () => {
  it('counts Monday to Friday and keeps the time of day', () => {
    // Monday 3 November 2025, 10:00 in Jakarta.
    expect(addWorkingDays(wib('2025-11-03T10:00:00'), 0)).toEqual(wib('2025-11-03T10:00:00'));
    expect(addWorkingDays(wib('2025-11-03T10:00:00'), 1)).toEqual(wib('2025-11-04T10:00:00'));
    expect(addWorkingDays(wib('2025-11-03T10:00:00'), 4)).toEqual(wib('2025-11-07T10:00:00'));
    expect(addWorkingDays(wib('2025-11-03T10:00:00'), 5)).toEqual(wib('2025-11-10T10:00:00'));
    expect(addWorkingDays(wib('2025-11-03T10:00:00'), 10)).toEqual(wib('2025-11-17T10:00:00'));
  });

  it('skips the weekend', () => {
    expect(addWorkingDays(wib('2025-11-07T16:00:00'), 1)).toEqual(wib('2025-11-10T16:00:00'));
    // From a Saturday or a Sunday, the first working day is the Monday.
    expect(addWorkingDays(wib('2025-11-08T09:00:00'), 1)).toEqual(wib('2025-11-10T09:00:00'));
    expect(addWorkingDays(wib('2025-11-09T09:00:00'), 5)).toEqual(wib('2025-11-14T09:00:00'));
  });

  it('uses the Jakarta calendar, not the UTC one', () => {
    // Friday 02:00 in Jakarta is still Thursday in UTC: one working day later is Monday 02:00 WIB.
    expect(addWorkingDays(new Date('2025-11-06T19:00:00Z'), 1)).toEqual(new Date('2025-11-09T19:00:00Z'));
    // Monday 01:00 in Jakarta is Sunday in UTC: five working days later is the next Monday.
    expect(addWorkingDays(wib('2025-11-10T01:00:00'), 5)).toEqual(wib('2025-11-17T01:00:00'));
    // Friday 23:30 in Jakarta: the next working day is Monday.
    expect(addWorkingDays(wib('2025-11-07T23:30:00'), 1)).toEqual(wib('2025-11-10T23:30:00'));
  });

  it('does not change its argument', () => {
    const start = wib('2025-11-03T10:00:00');
    addWorkingDays(start, 3);
    expect(start).toEqual(wib('2025-11-03T10:00:00'));
  });

  it('refuses an invalid date or a negative or fractional count', () => {
    expect(violation(() => addWorkingDays(new Date('nope'), 1)).code).toBe('INVALID_CALENDAR_INPUT');
    expect(violation(() => addWorkingDays(wib('2025-11-03T10:00:00'), -1)).code).toBe('INVALID_CALENDAR_INPUT');
    expect(violation(() => addWorkingDays(wib('2025-11-03T10:00:00'), 1.5)).code).toBe('INVALID_CALENDAR_INPUT');
  });
});

describe('stageTimers', () => {
  it('sets the deadline in working days and the reminder before it', () => {
    expect(stageTimers(wib('2025-11-06T09:00:00'), DEFAULT_REVIEW_STAGE_CONFIG)).toEqual({
      deadlineAt: wib('2025-11-13T09:00:00'),
      remindAt: wib('2025-11-12T09:00:00'),
    });
  });

  it('never reminds before the stage opened', () => {
    const opened = wib('2025-11-03T09:00:00');
    expect(stageTimers(opened, { deadlineWorkingDays: 1, reminderBeforeHours: 48 }).remindAt).toEqual(opened);
  });
});
