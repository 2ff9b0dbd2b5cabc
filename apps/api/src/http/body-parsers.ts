import type { NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';
import { problem, sendProblem } from './problem-details';

export const BODY_LIMIT = '1mb';

const FORBIDDEN_KEY = '__proto__';
const FORBIDDEN_KEY_MESSAGE = 'forbidden key __proto__';

/** A `__proto__` key is refused while parsing, before any code could merge it into an object. */
function rejectPrototypeKeys(key: string, value: unknown): unknown {
  if (key === FORBIDDEN_KEY) throw new SyntaxError(FORBIDDEN_KEY_MESSAGE);
  return value;
}

/**
 * JSON bodies up to 1 MiB. Parser failures are answered here, as problems, because they
 * happen before Nest's exception filters see the request.
 */
export function jsonBodyParser(): RequestHandler {
  return answeringProblems(
    express.json({ limit: BODY_LIMIT, type: ['application/json', 'application/*+json'], reviver: rejectPrototypeKeys }),
    BODY_LIMIT,
  );
}

export const IMPORT_PATH = '/v1/cooperatives/import';
export const IMPORT_BODY_LIMIT = '10mb';

/**
 * An import's body: a JSON array or a CSV file, up to 10 MiB (about 20,000 rows); mounted on
 * the import path only, before the general parser, which then leaves the body alone.
 */
export function importBodyParser(): RequestHandler {
  const json = answeringProblems(
    express.json({ limit: IMPORT_BODY_LIMIT, type: ['application/json', 'application/*+json'], reviver: rejectPrototypeKeys }),
    IMPORT_BODY_LIMIT,
  );
  const csv = answeringProblems(express.text({ limit: IMPORT_BODY_LIMIT, type: ['text/csv'] }), IMPORT_BODY_LIMIT);
  return (request: Request, response: Response, next: NextFunction) =>
    json(request, response, (error?: unknown) => (error ? next(error) : csv(request, response, next)));
}

function answeringProblems(parse: RequestHandler, limit: string): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) =>
    parse(request, response, (error?: unknown) => {
      if (!error) return next();
      const failure = error as { type?: string; status?: number; message?: string };
      if (failure.message?.includes(FORBIDDEN_KEY_MESSAGE)) {
        return sendProblem(
          response,
          problem('validation', 'Invalid request', 400, {
            detail: 'One or more fields are not valid.',
            errors: [{ field: FORBIDDEN_KEY, message: 'unknown field "__proto__"' }],
          }),
        );
      }
      if (failure.type === 'entity.too.large') {
        return sendProblem(response, problem('payload-too-large', 'Payload too large', 413, { detail: `The body is over ${limit}.` }));
      }
      if (failure.type === 'entity.parse.failed') {
        return sendProblem(response, problem('malformed-json', 'Malformed JSON', 400, { detail: 'The body is not valid JSON.' }));
      }
      return sendProblem(
        response,
        problem('bad-request', 'Bad request', failure.status && failure.status < 500 ? failure.status : 400, {
          detail: 'The body could not be read.',
        }),
      );
    });
}
