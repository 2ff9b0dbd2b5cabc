/** Failures of a use-case, by code; apps/api maps codes to HTTP statuses in one filter. */
export type ApplicationErrorCode =
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'VERSION_CONFLICT'
  | 'INVALID_INPUT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  /** Something that existed and no longer works (a used or expired link). */
  | 'GONE';

export interface FieldProblem {
  field: string;
  message: string;
}

export class ApplicationError extends Error {
  constructor(
    readonly code: ApplicationErrorCode,
    message: string,
    readonly fieldProblems: FieldProblem[] = [],
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApplicationError';
  }

  static notFound(what: string): ApplicationError {
    return new ApplicationError('NOT_FOUND', `${what} was not found.`);
  }
}
