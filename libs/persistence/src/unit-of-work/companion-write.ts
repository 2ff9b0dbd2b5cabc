/**
 * A row of another table that changes with a cooperative's transition (the plan submitted,
 * the review advanced), written inside the transition's one statement as one more
 * data-modifying CTE instead of in a transaction around it: no BEGIN, no COMMIT, no round
 * trip of its own.
 *
 * `sql` is one INSERT, UPDATE or DELETE whose `$1…` are its own `parameters`. It must write
 * only when the cooperative changed, so it says where with the marker `{{changed}}`, which
 * becomes "the compare-and-set succeeded" (a stale version or a duplicate message then
 * writes nothing anywhere). A RETURNING list comes back with the outcome, as JSON objects.
 */
export interface CompanionWrite {
  sql: string;
  parameters: unknown[];
}

export const CHANGED_MARKER = '{{changed}}';

/** The companion as a CTE body: parameters moved past `offset`, the marker resolved. */
export function companionCte(write: CompanionWrite, offset: number, changedCondition: string): string {
  if (!write.sql.includes(CHANGED_MARKER)) {
    throw new Error(`a companion write must say where it depends on the transition (${CHANGED_MARKER}): ${write.sql}`);
  }
  return write.sql
    .replace(/\$(\d+)/g, (_, index: string) => `$${Number(index) + offset}`)
    .split(CHANGED_MARKER)
    .join(changedCondition);
}

export function returnsRows(write: CompanionWrite): boolean {
  return /\bRETURNING\b/i.test(write.sql);
}

/**
 * Several companions as CTEs to follow others in one WITH: `, <name>_0 AS (…), <name>_1 AS (…)`,
 * their parameters numbered after the `parameterCount` already used, each gated on `condition`.
 */
export function companionCtes(
  writes: CompanionWrite[],
  parameterCount: number,
  condition: string,
  name: string,
): { sql: string; parameters: unknown[] } {
  const parameters: unknown[] = [];
  const sql = writes
    .map((write, index) => {
      const body = companionCte(write, parameterCount + parameters.length, condition);
      parameters.push(...write.parameters);
      return `, ${name}_${index} AS (\n${body}\n)`;
    })
    .join('');
  return { sql, parameters };
}
