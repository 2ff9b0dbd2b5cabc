/**
 * The commands (and automated triggers) that act on a cooperative's pipeline, one per row of
 * the state machine in docs/domain.md. Kebab-case, imperative, like job names. The order is the
 * order of the transition table, and the order in which allowed commands are reported.
 */
export const PIPELINE_COMMANDS = [
  'register',
  'submit-business-plan',
  'pass-screening',
  'fail-screening',
  'approve-stage',
  'approve-final-stage',
  'reject-financing',
  'request-revision',
  'propose-matches',
  'find-no-partner',
  'accept-match',
  'decline-match',
  'expire-match',
  'withdraw',
  'remind-review-stage',
  'escalate-review-stage',
] as const;

export type PipelineCommand = (typeof PIPELINE_COMMANDS)[number];

export function isPipelineCommand(value: unknown): value is PipelineCommand {
  return typeof value === 'string' && (PIPELINE_COMMANDS as readonly string[]).includes(value);
}
