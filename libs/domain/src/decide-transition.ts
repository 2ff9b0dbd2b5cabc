import type { ActorKind } from './actor-kind';
import type { CooperativeState } from './cooperative-state';
import { IllegalTransitionError } from './domain-error';
import { EventsMismatchError } from './events-mismatch-error';
import type { PipelineCommand } from './pipeline-command';
import type { DomainEventType } from './domain-events';
import { TRANSITION_TABLE, UNCHANGED, type TransitionRule } from './transition-table';

/** What a legal command does: the state it leads to and the events to record, in order. */
export interface TransitionDecision {
  readonly command: PipelineCommand;
  readonly from: CooperativeState | null;
  readonly to: CooperativeState;
  readonly events: readonly DomainEventType[];
}

// One rule per command (transition-table.spec.ts checks it), so a command finds its rule
// directly instead of scanning the table.
const RULE_BY_COMMAND: ReadonlyMap<string, TransitionRule> = new Map(
  TRANSITION_TABLE.map((rule) => [rule.command, rule]),
);

/**
 * Decides what `command` does to a cooperative in state `current` (`null`: not registered yet).
 * Pure: the caller persists the new state and the events, or reports the error.
 *
 * @throws IllegalTransitionError when the table has no such move from `current`; this includes
 *   a command name that is not in the table at all (untyped input at run time).
 */
export function decideTransition(current: CooperativeState | null, command: PipelineCommand): TransitionDecision {
  const rule = RULE_BY_COMMAND.get(command);
  if (rule === undefined || !startsFrom(rule, current)) {
    throw new IllegalTransitionError(current, command, allowedCommands(current));
  }
  return { command, from: current, to: resolveTarget(rule, current), events: rule.events };
}

/** The commands the table allows from `state`, in table order, whoever issues them. */
export function allowedCommands(state: CooperativeState | null): PipelineCommand[] {
  return TRANSITION_TABLE.filter((rule) => startsFrom(rule, state)).map((rule) => rule.command);
}

/** The commands an actor of kind `actorKind` may issue from `state`, in table order. */
export function commandsAllowedFor(state: CooperativeState | null, actorKind: ActorKind): PipelineCommand[] {
  return TRANSITION_TABLE.filter((rule) => startsFrom(rule, state) && rule.actors.includes(actorKind)).map(
    (rule) => rule.command,
  );
}

function startsFrom(rule: TransitionRule, state: CooperativeState | null): boolean {
  // Widened once here: an UNCHANGED rule's `from` is typed without null, so includes(null)
  // would not compile although it is exactly the question being asked.
  const from: readonly (CooperativeState | null)[] = rule.from;
  return from.includes(state);
}

function resolveTarget(rule: TransitionRule, current: CooperativeState | null): CooperativeState {
  if (rule.to !== UNCHANGED) {
    return rule.to;
  }
  // TransitionRule forbids null in the `from` of a rule that keeps the state, and startsFrom()
  // has matched `current` against that `from`, so this only fires if the table is mistyped.
  if (current === null) {
    throw new Error(`Transition table error: "${rule.command}" keeps the state but applies before registration.`);
  }
  return current;
}

/**
 * Refuses events that are not the ones the table lists for `command`, in that order (for a
 * rule with `eventsPerItem`, that list repeated once or more). Every commit of a cooperative
 * passes here, so the table and the decisions cannot drift apart.
 *
 * @throws EventsMismatchError on any difference; IllegalTransitionError for an unknown command.
 */
export function assertEventsFollowTable(command: PipelineCommand, events: readonly { readonly type: string }[]): void {
  const rule = RULE_BY_COMMAND.get(command);
  if (rule === undefined) throw new IllegalTransitionError(null, command, []);
  const emitted = events.map((event) => event.type);
  const expected = rule.events;
  const perItem = rule.eventsPerItem === true;
  const repeats = perItem ? emitted.length / expected.length : 1;
  const matches =
    Number.isInteger(repeats) &&
    repeats >= 1 &&
    emitted.length === expected.length * repeats &&
    emitted.every((type, index) => type === expected[index % expected.length]);
  if (!matches) throw new EventsMismatchError(command, expected, emitted, perItem);
}
