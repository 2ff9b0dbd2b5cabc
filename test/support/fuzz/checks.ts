import type { FuzzCase } from './cases';

export interface FuzzResponse {
  status: number;
  contentType: string;
  text: string;
}

/** What must never reach a client: stack frames, source paths, SQL and driver or framework internals. */
const LEAKS: [RegExp, string][] = [
  [/\bat [\w.<>]+ \(|\bat (?:async )?\/|\.(?:ts|js):\d+/, 'a stack frame'],
  [/node_modules|\/dist\/|\/work\/|\/home\/|\/usr\//, 'a file path'],
  [/\b(?:SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|RETURNING)\b/, 'SQL'],
  [/QueryFailedError|TypeORM|EntityNotFound|duplicate key value|violates (?:not-null|foreign key|unique|check) constraint|relation "|column "|syntax error at or near|invalid byte sequence|invalid input syntax|unsupported Unicode escape/, 'a database error'],
  [/\b(?:TypeError|RangeError|ReferenceError|SyntaxError|URIError): |Maximum call stack|Cannot read propert|is not a function|undefined is not/, 'a JavaScript error'],
  [/ECONNREFUSED|ETIMEDOUT|ioredis|BullMQ|bullmq|Nest can't|class-validator|class-transformer/, 'an internal name'],
];

/** Every problem document in a body, at any depth (an import's rows carry one each). */
function problemsIn(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) value.forEach((item) => problemsIn(item, found));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.type === 'string' && record.type.startsWith('urn:kdmp:problem:') && typeof record.status === 'number') found.push(record);
    Object.values(record).forEach((child) => problemsIn(child, found));
  }
  return found;
}

/** The field a case made null or unstorable, as the API names it (`officer.email`, `commodities.0`). */
function fieldUnderTest(fuzzCase: FuzzCase): { field: string; why: 'null' | 'unstorable' } | null {
  const { mutation } = fuzzCase;
  // An import's rows are reported one by one inside a 200, not as the request's problem.
  const isRowList = Array.isArray(fuzzCase.base) || (mutation.kind === 'field' && typeof mutation.path[0] === 'number');
  if (mutation.kind === 'field' && !isRowList && fuzzCase.contentType?.includes('json')) {
    const field = mutation.path.join('.');
    if (mutation.hostile.kind === 'unstorable') return { field, why: 'unstorable' };
    // Null inside an array is an element of the wrong type: named by its array, not itself.
    if (mutation.hostile.kind === 'null' && !mutation.nullable && typeof mutation.path[mutation.path.length - 1] === 'string') {
      return { field, why: 'null' };
    }
  }
  // In a URL only a NUL survives: a lone surrogate has no UTF-8 bytes and arrives as U+FFFD.
  if (mutation.kind === 'query' && typeof mutation.hostile.value === 'string' && mutation.hostile.value.includes('\u0000')) {
    return { field: mutation.name, why: 'unstorable' };
  }
  return null;
}

/** The answer to one case: never 5xx; every error an RFC 9457 problem naming its field where one applies; no internals. */
export function responseFaults(fuzzCase: FuzzCase, response: FuzzResponse): string[] {
  const faults: string[] = [];
  if (response.status >= 500) faults.push(`answered ${response.status}`);
  let body: unknown;
  try {
    body = response.text ? JSON.parse(response.text) : undefined;
  } catch {
    if (response.status >= 400 || response.contentType.includes('json')) faults.push('the body is not JSON');
  }
  const problems = problemsIn(body);
  for (const problem of problems) {
    if ((problem.status as number) >= 500) faults.push(`carries a ${problem.status} problem: ${JSON.stringify(problem).slice(0, 300)}`);
  }
  // What an error says (a success's data, such as a delivery's last SMTP error shown to admins, is not an error).
  const said = response.status >= 400 ? response.text : problems.map((problem) => JSON.stringify(problem)).join('\n');
  for (const [pattern, what] of LEAKS) {
    const match = pattern.exec(said);
    if (match) faults.push(`the error shows ${what}: …${said.slice(Math.max(0, match.index - 60), match.index + 60)}…`);
  }
  if (response.status >= 400) {
    if (!response.contentType.startsWith('application/problem+json')) faults.push(`a ${response.status} as ${response.contentType || 'no content type'}, not application/problem+json`);
    const problem = body as Record<string, unknown> | undefined;
    if (!problem || typeof problem !== 'object') return [...faults, 'the error has no problem document'];
    if (typeof problem.type !== 'string' || typeof problem.title !== 'string') faults.push('the problem lacks type or title');
    if (problem.status !== response.status) faults.push(`the problem's status ${String(problem.status)} is not the answer's ${response.status}`);
    if (problem.errors !== undefined) {
      const errors = problem.errors as unknown[];
      const wellFormed = Array.isArray(errors) && errors.length > 0 && errors.every((error) => {
        const entry = error as Record<string, unknown>;
        return typeof entry?.field === 'string' && typeof entry?.message === 'string';
      });
      if (!wellFormed) faults.push(`errors is not a list of { field, message }: ${JSON.stringify(errors).slice(0, 200)}`);
    }
    const underTest = fieldUnderTest(fuzzCase);
    // Only a validation problem is about fields: a body that is not JSON at all is refused before its fields are looked at.
    if (underTest && response.status === 400 && problem.type === 'urn:kdmp:problem:validation') {
      // A repeated query parameter is a list: its items are named `q.0`, `q.1`.
      const named = Array.isArray(problem.errors) && (problem.errors as { field?: string }[]).some((error) => error.field === underTest.field || error.field?.startsWith(`${underTest.field}.`));
      // Unstorable text is refused before anything else looks at the request; null, by the pipe, before the DTO's rules.
      if (!named) faults.push(`a 400 for a ${underTest.why} ${underTest.field} that does not name it: ${JSON.stringify(problem.errors ?? problem.detail).slice(0, 300)}`);
    }
  }
  return faults;
}
