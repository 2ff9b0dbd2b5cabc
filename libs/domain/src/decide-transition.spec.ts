import { ACTOR_KINDS, type ActorKind } from './actor-kind';
import { COOPERATIVE_STATES, type CooperativeState } from './cooperative-state';
import { allowedCommands, commandsAllowedFor, decideTransition } from './decide-transition';
import { DomainError, IllegalTransitionError } from './domain-error';
import { PIPELINE_COMMANDS, type PipelineCommand } from './pipeline-command';
import { TRANSITION_TABLE, UNCHANGED } from './transition-table';

type StateOrNone = CooperativeState | null;

const STATES_AND_NONE: StateOrNone[] = [null, ...COOPERATIVE_STATES];

/**
 * The state machine (docs/domain.md) written the other way round, per state rather than per
 * command, by hand, to test decideTransition: for each state, every legal command and the state
 * it leads to. A pair not listed here must be illegal. `NONE` is "no cooperative yet".
 */
const LEGAL_MOVES: Record<CooperativeState | 'NONE', Partial<Record<PipelineCommand, CooperativeState>>> = {
  NONE: { register: 'REGISTERED' },
  REGISTERED: { 'submit-business-plan': 'PLAN_SUBMITTED', withdraw: 'WITHDRAWN' },
  PLAN_SUBMITTED: {
    'pass-screening': 'IN_REVIEW',
    'fail-screening': 'REVISION_REQUESTED',
    withdraw: 'WITHDRAWN',
  },
  IN_REVIEW: {
    'approve-stage': 'IN_REVIEW',
    'approve-final-stage': 'FINANCING_APPROVED',
    'reject-financing': 'FINANCING_REJECTED',
    'request-revision': 'REVISION_REQUESTED',
    withdraw: 'WITHDRAWN',
    'remind-review-stage': 'IN_REVIEW',
    'escalate-review-stage': 'IN_REVIEW',
  },
  REVISION_REQUESTED: { 'submit-business-plan': 'PLAN_SUBMITTED', withdraw: 'WITHDRAWN' },
  FINANCING_APPROVED: {
    'propose-matches': 'MATCHING',
    'find-no-partner': 'AWAITING_PARTNER',
    withdraw: 'WITHDRAWN',
  },
  FINANCING_REJECTED: { 'submit-business-plan': 'PLAN_SUBMITTED', withdraw: 'WITHDRAWN' },
  MATCHING: {
    'propose-matches': 'MATCHING',
    'find-no-partner': 'AWAITING_PARTNER',
    'accept-match': 'PARTNERED',
    'decline-match': 'MATCHING',
    'expire-match': 'MATCHING',
    withdraw: 'WITHDRAWN',
  },
  AWAITING_PARTNER: { 'propose-matches': 'MATCHING', withdraw: 'WITHDRAWN' },
  PARTNERED: { 'accept-match': 'PARTNERED', 'decline-match': 'PARTNERED', 'expire-match': 'PARTNERED' },
  WITHDRAWN: {},
};

function legalMovesFrom(state: StateOrNone): Partial<Record<PipelineCommand, CooperativeState>> {
  return LEGAL_MOVES[state ?? 'NONE'];
}

function label(state: StateOrNone): string {
  return state ?? '(none)';
}

function sorted<T>(values: readonly T[]): T[] {
  return [...values].sort();
}

function decisionError(state: StateOrNone, command: PipelineCommand): IllegalTransitionError {
  try {
    decideTransition(state, command);
  } catch (error) {
    if (error instanceof IllegalTransitionError) {
      return error;
    }
    throw error;
  }
  throw new Error(`expected ${command} from ${label(state)} to be illegal`);
}

const EVERY_PAIR = STATES_AND_NONE.flatMap((state) =>
  PIPELINE_COMMANDS.map((command) => ({ state, command, stateLabel: label(state) })),
);

describe('decideTransition against the hand-written matrix', () => {
  it.each(EVERY_PAIR)('$command from $stateLabel', ({ state, command }) => {
    const expectedTarget = legalMovesFrom(state)[command];
    if (expectedTarget === undefined) {
      const error = decisionError(state, command);
      expect(sorted(error.allowedCommands)).toEqual(sorted(Object.keys(legalMovesFrom(state))));
    } else {
      const decision = decideTransition(state, command);
      expect(decision.command).toBe(command);
      expect(decision.from).toBe(state);
      expect(decision.to).toBe(expectedTarget);
      expect(decision.events.length).toBeGreaterThan(0);
    }
  });

  it('has a row for every state', () => {
    expect(sorted(Object.keys(LEGAL_MOVES))).toEqual(sorted(['NONE', ...COOPERATIVE_STATES]));
  });
});

describe('decideTransition against the table', () => {
  const legalCases = TRANSITION_TABLE.flatMap((rule) =>
    rule.from.map((state: StateOrNone) => ({ rule, state, command: rule.command, stateLabel: label(state) })),
  );

  it.each(legalCases)('$command from $stateLabel follows its rule', ({ rule, state }) => {
    const expectedTarget = rule.to === UNCHANGED ? state : rule.to;
    expect(decideTransition(state, rule.command)).toEqual({
      command: rule.command,
      from: state,
      to: expectedTarget,
      events: rule.events,
    });
  });

  const illegalCases = TRANSITION_TABLE.flatMap((rule) =>
    STATES_AND_NONE.filter((state) => !(rule.from as readonly StateOrNone[]).includes(state)).map((state) => ({
      state,
      command: rule.command,
      stateLabel: label(state),
    })),
  );

  it.each(illegalCases)('$command from $stateLabel is refused', ({ state, command }) => {
    const tableCommandsFromState = TRANSITION_TABLE.filter((rule) =>
      (rule.from as readonly StateOrNone[]).includes(state),
    ).map((rule) => rule.command);

    const error = decisionError(state, command);
    expect(error.allowedCommands).toEqual(tableCommandsFromState);
  });

  it('covers every (state, command) pair exactly once between legal and illegal cases', () => {
    expect(legalCases.length + illegalCases.length).toBe(STATES_AND_NONE.length * PIPELINE_COMMANDS.length);
  });
});

describe('IllegalTransitionError', () => {
  it('carries the current state, the command and what is allowed instead', () => {
    const error = decisionError('REGISTERED', 'approve-stage');
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('IllegalTransitionError');
    expect(error.code).toBe('ILLEGAL_TRANSITION');
    expect(error.currentState).toBe('REGISTERED');
    expect(error.command).toBe('approve-stage');
    expect(error.allowedCommands).toEqual(['submit-business-plan', 'withdraw']);
    expect(error.message).toBe(
      'Command "approve-stage" is not allowed in state REGISTERED; allowed commands: submit-business-plan, withdraw.',
    );
  });

  it('says when nothing is allowed any more', () => {
    const error = decisionError('WITHDRAWN', 'withdraw');
    expect(error.allowedCommands).toEqual([]);
    expect(error.message).toContain('allowed commands: none');
  });

  it('explains a command on a cooperative that does not exist yet', () => {
    const error = decisionError(null, 'withdraw');
    expect(error.currentState).toBeNull();
    expect(error.allowedCommands).toEqual(['register']);
    expect(error.message).toContain('before the cooperative is registered');
  });

  it('refuses a command name that is not in the table (untyped input)', () => {
    const error = decisionError('MATCHING', 'teleport' as PipelineCommand);
    expect(error.allowedCommands).toContain('accept-match');
  });
});

describe('allowedCommands', () => {
  it.each(STATES_AND_NONE.map((state) => ({ state, stateLabel: label(state) })))(
    'from $stateLabel matches the hand-written matrix',
    ({ state }) => {
      expect(sorted(allowedCommands(state))).toEqual(sorted(Object.keys(legalMovesFrom(state))));
    },
  );

  it('lists commands in table order', () => {
    expect(allowedCommands('IN_REVIEW')).toEqual([
      'approve-stage',
      'approve-final-stage',
      'reject-financing',
      'request-revision',
      'withdraw',
      'remind-review-stage',
      'escalate-review-stage',
    ]);
  });

  it('returns a copy the caller may change', () => {
    const commands = allowedCommands('REGISTERED');
    commands.push('register');
    expect(allowedCommands('REGISTERED')).toEqual(['submit-business-plan', 'withdraw']);
  });
});

describe('commandsAllowedFor', () => {
  const cases: Array<{ state: StateOrNone; actor: ActorKind; expected: PipelineCommand[] }> = [
    { state: null, actor: 'COOPERATIVE', expected: ['register'] },
    { state: null, actor: 'ADMIN', expected: ['register'] },
    { state: null, actor: 'SYSTEM', expected: [] },
    { state: 'REGISTERED', actor: 'COOPERATIVE', expected: ['submit-business-plan', 'withdraw'] },
    { state: 'REGISTERED', actor: 'ADMIN', expected: ['withdraw'] },
    { state: 'REGISTERED', actor: 'REVIEWER', expected: [] },
    { state: 'PLAN_SUBMITTED', actor: 'SYSTEM', expected: ['pass-screening', 'fail-screening'] },
    {
      state: 'IN_REVIEW',
      actor: 'REVIEWER',
      expected: ['approve-stage', 'approve-final-stage', 'reject-financing', 'request-revision'],
    },
    { state: 'IN_REVIEW', actor: 'SYSTEM', expected: ['remind-review-stage', 'escalate-review-stage'] },
    { state: 'IN_REVIEW', actor: 'PARTNER', expected: [] },
    { state: 'FINANCING_APPROVED', actor: 'SYSTEM', expected: ['propose-matches', 'find-no-partner'] },
    { state: 'MATCHING', actor: 'PARTNER', expected: ['accept-match', 'decline-match'] },
    { state: 'MATCHING', actor: 'SYSTEM', expected: ['propose-matches', 'find-no-partner', 'expire-match'] },
    { state: 'MATCHING', actor: 'COOPERATIVE', expected: ['withdraw'] },
    { state: 'AWAITING_PARTNER', actor: 'SYSTEM', expected: ['propose-matches'] },
    { state: 'PARTNERED', actor: 'PARTNER', expected: ['accept-match', 'decline-match'] },
    { state: 'PARTNERED', actor: 'COOPERATIVE', expected: [] },
    { state: 'WITHDRAWN', actor: 'ADMIN', expected: [] },
  ];

  it.each(cases.map((testCase) => ({ ...testCase, stateLabel: label(testCase.state) })))(
    '$actor from $stateLabel may issue $expected',
    ({ state, actor, expected }) => {
      expect(commandsAllowedFor(state, actor)).toEqual(expected);
    },
  );

  it.each(STATES_AND_NONE.map((state) => ({ state, stateLabel: label(state) })))(
    'from $stateLabel, the actors together may issue exactly the allowed commands',
    ({ state }) => {
      const byAnyActor = new Set(ACTOR_KINDS.flatMap((actor) => commandsAllowedFor(state, actor)));
      expect(sorted([...byAnyActor])).toEqual(sorted(allowedCommands(state)));
    },
  );
});
