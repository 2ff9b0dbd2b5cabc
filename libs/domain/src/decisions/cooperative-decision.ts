import type { CooperativeState } from '../cooperative-state';
import { assertEventsFollowTable, decideTransition } from '../decide-transition';
import type { NewDomainEvent } from '../domain-events';
import type { PipelineCommand } from '../pipeline-command';
import type { RowChange } from './row-change';
import type { TimerJob } from './timer-job';

/**
 * The whole outcome of a command on a cooperative, decided by the domain: the state it leads
 * to, the events with their payloads, the timers it schedules and the other rows it changes.
 * A use-case loads what the decision needs, calls the decision function and saves this.
 */
export interface CooperativeDecision {
  readonly command: PipelineCommand;
  readonly from: CooperativeState | null;
  readonly to: CooperativeState;
  readonly events: readonly NewDomainEvent[];
  readonly timers: readonly TimerJob[];
  readonly changes: readonly RowChange[];
  /** The plan the decision makes the cooperative's current one. */
  readonly currentBusinessPlanId?: string;
}

/**
 * Builds a decision: the table says where `command` leads from `current` (or throws
 * IllegalTransitionError) and whether `events` are the ones it emits (or throws
 * EventsMismatchError).
 */
export function cooperativeDecision(
  current: CooperativeState | null,
  command: PipelineCommand,
  outcome: {
    events: readonly NewDomainEvent[];
    timers?: readonly TimerJob[];
    changes?: readonly RowChange[];
    currentBusinessPlanId?: string;
  },
): CooperativeDecision {
  const transition = decideTransition(current, command);
  assertEventsFollowTable(command, outcome.events);
  return {
    command,
    from: transition.from,
    to: transition.to,
    events: outcome.events,
    timers: outcome.timers ?? [],
    changes: outcome.changes ?? [],
    ...(outcome.currentBusinessPlanId ? { currentBusinessPlanId: outcome.currentBusinessPlanId } : {}),
  };
}
