import type { ActorKind } from './actor-kind';
import { COOPERATIVE_STATES, type CooperativeState } from './cooperative-state';
import type { PipelineCommand } from './pipeline-command';
import type { PipelineEventType } from './pipeline-event-type';

/**
 * The cooperative pipeline's state machine as data (docs/domain.md, "The pipeline state machine").
 *
 * Every legal move is one row here, and nothing else in the system compares states: use-cases
 * ask decideTransition(), the API reports allowedCommands(), and the tests walk this table.
 * Adding a command means adding a row, not a branch somewhere.
 */

/** The target of a command that emits events but leaves the state where it is. */
export const UNCHANGED = 'UNCHANGED';
export type Unchanged = typeof UNCHANGED;

interface TransitionRuleBase {
  readonly command: PipelineCommand;
  /** Who may issue the command. Object-level checks (whose stage, whose match) come later. */
  readonly actors: readonly ActorKind[];
  /** The events emitted, in order. */
  readonly events: readonly PipelineEventType[];
  readonly description: string;
}

/**
 * A rule either moves the cooperative to a state, or keeps it where it is. `null` in `from`
 * means "no cooperative yet" (registration). A rule that keeps the state may not start from
 * `null`, since there would be no state to keep; the union makes the compiler enforce that.
 */
export type TransitionRule =
  | (TransitionRuleBase & { readonly from: readonly (CooperativeState | null)[]; readonly to: CooperativeState })
  | (TransitionRuleBase & { readonly from: readonly CooperativeState[]; readonly to: Unchanged });

/** Withdrawal is open until the cooperative has a partner (or has already left). */
const WITHDRAWABLE_STATES = COOPERATIVE_STATES.filter(
  (state) => state !== 'PARTNERED' && state !== 'WITHDRAWN',
);

const RULES = [
  {
    command: 'register',
    actors: ['COOPERATIVE', 'ADMIN'],
    from: [null],
    to: 'REGISTERED',
    events: ['cooperative.registered'],
    description: 'A cooperative registers itself, or an admin registers or imports it.',
  },
  {
    command: 'submit-business-plan',
    actors: ['COOPERATIVE'],
    from: ['REGISTERED', 'REVISION_REQUESTED', 'FINANCING_REJECTED'],
    to: 'PLAN_SUBMITTED',
    events: ['business-plan.submitted'],
    description: 'The cooperative submits a business plan: its first, a revision, or a new one after a rejection.',
  },
  {
    command: 'pass-screening',
    actors: ['SYSTEM'],
    from: ['PLAN_SUBMITTED'],
    to: 'IN_REVIEW',
    events: ['screening.passed', 'review.stage-opened'],
    description: 'Automated screening passes and the first review stage opens.',
  },
  {
    command: 'fail-screening',
    actors: ['SYSTEM'],
    from: ['PLAN_SUBMITTED'],
    to: 'REVISION_REQUESTED',
    events: ['screening.failed'],
    description: 'Automated screening fails; the plan goes back to the cooperative with the reasons.',
  },
  {
    command: 'approve-stage',
    actors: ['REVIEWER'],
    from: ['IN_REVIEW'],
    to: 'IN_REVIEW',
    events: ['review.stage-approved', 'review.stage-opened'],
    description: 'A reviewer approves a stage that is not the last; the next stage opens.',
  },
  {
    command: 'approve-final-stage',
    actors: ['REVIEWER'],
    from: ['IN_REVIEW'],
    to: 'FINANCING_APPROVED',
    events: ['review.stage-approved', 'financing.reviewed'],
    description: 'A reviewer approves the last stage, setting the approved amount.',
  },
  {
    command: 'reject-financing',
    actors: ['REVIEWER'],
    from: ['IN_REVIEW'],
    to: 'FINANCING_REJECTED',
    events: ['financing.reviewed'],
    description: 'A reviewer rejects the financing at any stage.',
  },
  {
    command: 'request-revision',
    actors: ['REVIEWER'],
    from: ['IN_REVIEW'],
    to: 'REVISION_REQUESTED',
    events: ['review.revision-requested'],
    description: 'A reviewer asks the cooperative to revise its plan, at any stage.',
  },
  {
    command: 'propose-matches',
    // MATCHING: a rematch after a decline or an expiry. AWAITING_PARTNER: a partner registered
    // or freed capacity. The use-case emits one partner.matched per proposal.
    actors: ['SYSTEM'],
    from: ['FINANCING_APPROVED', 'MATCHING', 'AWAITING_PARTNER'],
    to: 'MATCHING',
    events: ['partner.matched'],
    description: 'Matching proposes partners to the cooperative, one event per proposal.',
  },
  {
    command: 'find-no-partner',
    actors: ['SYSTEM'],
    from: ['FINANCING_APPROVED', 'MATCHING'],
    to: 'AWAITING_PARTNER',
    events: ['partner.none-found'],
    description: 'Matching finds no candidate; the cooperative waits for a partner.',
  },
  {
    command: 'accept-match',
    // From PARTNERED too: a cooperative may take an offtaker and a distributor.
    actors: ['PARTNER'],
    from: ['MATCHING', 'PARTNERED'],
    to: 'PARTNERED',
    events: ['match.accepted'],
    description: 'A partner accepts its open proposal.',
  },
  {
    command: 'decline-match',
    // The state stays as it is; the workflow rematches when no proposal is left open. From
    // PARTNERED too: a cooperative partnered for one role may still hold a proposal for another.
    actors: ['PARTNER'],
    from: ['MATCHING', 'PARTNERED'],
    to: UNCHANGED,
    events: ['match.declined'],
    description: 'A partner declines its proposal.',
  },
  {
    command: 'expire-match',
    actors: ['SYSTEM'],
    from: ['MATCHING', 'PARTNERED'],
    to: UNCHANGED,
    events: ['match.expired'],
    description: 'A proposal passes its expiry without an answer.',
  },
  {
    command: 'withdraw',
    actors: ['COOPERATIVE', 'ADMIN'],
    from: WITHDRAWABLE_STATES,
    to: 'WITHDRAWN',
    events: ['cooperative.withdrawn'],
    description: 'The cooperative leaves the pipeline, at any point before it is partnered.',
  },
  {
    command: 'remind-review-stage',
    actors: ['SYSTEM'],
    from: ['IN_REVIEW'],
    to: UNCHANGED,
    events: ['review.reminder'],
    description: "An open stage reaches its reminder time; its reviewers are reminded.",
  },
  {
    command: 'escalate-review-stage',
    actors: ['SYSTEM'],
    from: ['IN_REVIEW'],
    to: UNCHANGED,
    events: ['review.escalated'],
    description: 'An open stage passes its deadline; admins are told.',
  },
] as const satisfies readonly TransitionRule[];

// Fails to compile when a command is added to PIPELINE_COMMANDS without a rule.
type CommandsWithoutRule = Exclude<PipelineCommand, (typeof RULES)[number]['command']>;
const _everyCommandHasRule: [CommandsWithoutRule] extends [never] ? true : CommandsWithoutRule = true;
void _everyCommandHasRule;

function freezeRule(rule: TransitionRule): TransitionRule {
  Object.freeze(rule.actors);
  Object.freeze(rule.from);
  Object.freeze(rule.events);
  return Object.freeze(rule);
}

/**
 * The table, frozen: decisions hand out its event arrays, and a caller that pushed into one
 * would silently change the rules for every later command.
 */
export const TRANSITION_TABLE: readonly TransitionRule[] = Object.freeze(RULES.map(freezeRule));
