import type { RowChange } from '@kdmp/domain';
import { ApplicationError } from './application-error';

/**
 * A conditional row change found its row no longer as the decision assumed (a proposal answered
 * first, a partner at capacity): nothing of the decision was written.
 */
export class RowChangeRefused extends ApplicationError {
  constructor(
    readonly change: RowChange,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super('CONFLICT', message, [], extensions);
    this.name = 'RowChangeRefused';
  }
}
