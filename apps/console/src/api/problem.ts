/** An RFC 9457 problem document as the API sends it. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
}

/** The server answered with an error status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  /** The last part of the problem type, e.g. `version-conflict` from `urn:kdmp:problem:version-conflict`. */
  get kind(): string {
    return (this.problem.type ?? '').split(':').pop() ?? '';
  }
}

/** The request never got an answer (offline, connection dropped): safe to retry with the same key. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : 'network failure');
    this.name = 'NetworkError';
  }
}
