/** TypeORM's `query()` answers UPDATE and DELETE with `[rows, rowCount]`, other statements with rows. */
export function affectedRows(result: unknown): number {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[1];
  }
  return Array.isArray(result) ? result.length : 0;
}
