import type { NextFunction, Request, Response } from 'express';
import { problem, sendProblem } from './problem-details';
import { FieldProblem, unstorableTextProblems, unstorableReason } from './storable-text';

/**
 * Every request passes here after its body is parsed and before any route sees it: a string
 * Postgres cannot store, anywhere in the path, the query or the body, is a 400 naming the field.
 * One check for every route, present and future, whatever its DTO says.
 *
 * `rowWisePaths`: bodies that carry many independent rows (the import), whose route checks each
 * row with the same rule and reports the bad ones among the good (`unstorableTextProblems`).
 */
export function storableTextMiddleware(rowWisePaths: readonly string[]) {
  const rowWise = new Set(rowWisePaths);
  return (request: Request, response: Response, next: NextFunction): void => {
    const problems: FieldProblem[] = [...pathProblems(request.path), ...unstorableTextProblems(request.query ?? {})];
    if (!(request.method === 'POST' && rowWise.has(request.path))) problems.push(...unstorableTextProblems(request.body));
    if (problems.length === 0) return next();
    sendProblem(
      response,
      problem('validation', 'Invalid request', 400, {
        detail: 'One or more fields hold text that cannot be stored.',
        errors: problems,
      }),
    );
  };
}

/** Path segments as the router will decode them; one that does not decode is the router's 400. */
function pathProblems(path: string): FieldProblem[] {
  for (const segment of path.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      continue;
    }
    const reason = unstorableReason(decoded);
    if (reason) return [{ field: 'path', message: reason }];
  }
  return [];
}
