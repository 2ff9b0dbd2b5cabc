import type { Response } from 'express';

/** An RFC 9457 problem document. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: { field: string; message: string }[];
  correlationId?: string;
  [extension: string]: unknown;
}

const PROBLEM_TYPE_BASE = 'urn:kdmp:problem:';

export function problem(slug: string, title: string, status: number, extra: Partial<ProblemDetails> = {}): ProblemDetails {
  return { ...extra, type: `${PROBLEM_TYPE_BASE}${slug}`, title, status };
}

export function sendProblem(response: Response, details: ProblemDetails): void {
  response.status(details.status).type('application/problem+json').send(JSON.stringify(details));
}
