import type { CooperativeState } from './cooperative-state';
import type { PipelineCommand } from './pipeline-command';

/**
 * The domain's own failures. Each carries a stable code that apps/api maps to an HTTP status in
 * one filter; nothing in the domain knows about HTTP.
 */
export const DOMAIN_ERROR_CODES = ['ILLEGAL_TRANSITION', 'INVALID_REGION_CODE'] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export class DomainError extends Error {
  readonly code: DomainErrorCode;

  constructor(code: DomainErrorCode, message: string) {
    super(message);
    this.code = code;
    // Subclasses report their own name in logs and stack traces.
    this.name = new.target.name;
  }
}

/**
 * A command the transition table does not allow from the cooperative's current state. It
 * carries what the API answers with (409): the current state and the commands allowed from it.
 */
export class IllegalTransitionError extends DomainError {
  readonly currentState: CooperativeState | null;
  readonly command: PipelineCommand;
  readonly allowedCommands: PipelineCommand[];

  constructor(
    currentState: CooperativeState | null,
    command: PipelineCommand,
    allowedCommands: readonly PipelineCommand[],
  ) {
    super('ILLEGAL_TRANSITION', describeIllegalTransition(currentState, command, allowedCommands));
    this.currentState = currentState;
    this.command = command;
    this.allowedCommands = [...allowedCommands];
  }
}

function describeIllegalTransition(
  currentState: CooperativeState | null,
  command: PipelineCommand,
  allowedCommands: readonly PipelineCommand[],
): string {
  const where = currentState === null ? 'before the cooperative is registered' : `in state ${currentState}`;
  const allowed = allowedCommands.length === 0 ? 'none' : allowedCommands.join(', ');
  return `Command "${command}" is not allowed ${where}; allowed commands: ${allowed}.`;
}
