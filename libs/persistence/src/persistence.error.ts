/** Failures of the persistence layer, by code; apps/api maps the codes to HTTP statuses. */
export type PersistenceErrorCode = 'VERSION_CONFLICT' | 'UNIQUE_VIOLATION' | 'NOT_FOUND';

export class PersistenceError extends Error {
  constructor(
    readonly code: PersistenceErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'PersistenceError';
  }
}

/** Postgres' code for a unique-constraint violation, and the constraint it names. */
export function uniqueViolation(error: unknown): { constraint: string } | undefined {
  const candidate = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const source = candidate?.driverError ?? candidate;
  return source?.code === '23505' ? { constraint: source.constraint ?? '' } : undefined;
}
