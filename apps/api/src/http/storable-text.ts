/**
 * The one rule for every string the API accepts: it must be text Postgres can keep. Two kinds
 * are not: a NUL (U+0000), which neither `text` nor `jsonb` may hold, and half of a UTF-16
 * surrogate pair without its other half, which has no UTF-8 form (`jsonb` refuses it; `text`
 * would silently get U+FFFD, a change of the data). Everything else, right-to-left marks,
 * zero-width joiners, emoji and other control characters, is stored as sent.
 *
 * The same walk also bounds nesting, so no later recursive step (class-transformer, the
 * idempotency hash, a jsonb column) meets a structure deep enough to exhaust the stack.
 */

export interface FieldProblem {
  field: string;
  message: string;
}

/** Deeper than any body the API documents (the deepest is 3), far below a stack overflow. */
export const MAX_NESTING = 32;
/** A body full of bad strings is named by its first few, not by a problem as large as itself. */
const MAX_PROBLEMS = 20;

const NUL = /\u0000/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Shown escaped when a field's own name holds them, so the problem itself stays storable and readable. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Why Postgres could not store this string, or null when it can. */
export function unstorableReason(text: string): string | null {
  if (NUL.test(text)) return 'must not contain a NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'must not contain an unpaired UTF-16 surrogate (U+D800 to U+DFFF alone)';
  return null;
}

/** A key as it may appear in a problem's `field`: control characters and lone surrogates as \uXXXX. */
export function printableKey(key: string): string {
  return key.replace(UNPRINTABLE, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function fieldPath(prefix: string, key: string | number): string {
  const name = typeof key === 'number' ? String(key) : printableKey(key);
  return prefix === '' ? name : `${prefix}.${name}`;
}

/**
 * Every string (values and keys, at any depth) that Postgres cannot store, and any part nested
 * deeper than MAX_NESTING, as field problems named by path (`officer.email`, `commodities.2`),
 * the form the validation problems use. Iterative, so it is safe on any input.
 */
export function unstorableTextProblems(value: unknown, prefix = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const pending: { value: unknown; field: string; depth: number; badName?: string }[] = [{ value, field: prefix, depth: 0 }];
  while (pending.length > 0 && problems.length < MAX_PROBLEMS) {
    const { value: current, field, depth, badName } = pending.pop()!;
    if (badName !== undefined) {
      problems.push({ field, message: `has a name that ${badName}` });
      continue;
    }
    if (typeof current === 'string') {
      const reason = unstorableReason(current);
      if (reason) problems.push({ field: field || 'body', message: reason });
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_NESTING) {
      problems.push({ field: field || 'body', message: `is nested deeper than ${MAX_NESTING} levels` });
      continue;
    }
    const entries: [string | number, unknown][] = Array.isArray(current) ? current.map((item, index) => [index, item]) : Object.entries(current);
    // Reversed onto the stack, so problems come out in the order the client wrote the fields.
    for (let index = entries.length - 1; index >= 0; index--) {
      const [key, child] = entries[index];
      const path = fieldPath(field, key);
      if (typeof key === 'string') {
        const reason = unstorableReason(key);
        if (reason) {
          pending.push({ value: undefined, field: path, depth, badName: reason });
          continue;
        }
      }
      pending.push({ value: child, field: path, depth: depth + 1 });
    }
  }
  return problems.slice(0, MAX_PROBLEMS);
}
