import type { DomainEventType } from './domain-events';
import type { PipelineCommand } from './pipeline-command';

/**
 * A decision whose events are not the ones the transition table says its command emits: a
 * defect in the code that built it, never the caller's fault (so not a DomainError, which the
 * API answers with a 400): nothing is written, and the request fails as a server error.
 */
export class EventsMismatchError extends Error {
  readonly command: PipelineCommand;
  readonly expected: readonly DomainEventType[];
  readonly emitted: readonly string[];

  constructor(command: PipelineCommand, expected: readonly DomainEventType[], emitted: readonly string[], perItem: boolean) {
    super(
      `Command "${command}" emits [${expected.join(', ')}]${perItem ? ' once per item' : ''} by the transition table, ` +
        `but the decision has [${emitted.join(', ')}].`,
    );
    this.name = 'EventsMismatchError';
    this.command = command;
    this.expected = [...expected];
    this.emitted = [...emitted];
  }
}
