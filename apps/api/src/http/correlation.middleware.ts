import type { NextFunction, Request, Response } from 'express';
import { newCorrelationId, runWithCorrelationId, sanitizeCorrelationId } from '@kdmp/config';

export const CORRELATION_HEADER = 'x-correlation-id';

/** Every request runs inside its correlation id: the caller's, when it sends a usable one. */
export function correlationMiddleware(request: Request, response: Response, next: NextFunction): void {
  const correlationId = sanitizeCorrelationId(request.header(CORRELATION_HEADER)) ?? newCorrelationId();
  response.setHeader(CORRELATION_HEADER, correlationId);
  runWithCorrelationId(correlationId, next);
}
