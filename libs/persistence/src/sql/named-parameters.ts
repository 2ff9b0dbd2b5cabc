/**
 * SQL with named parameters (`:aggregateId`) turned into the positional ones node-postgres
 * takes (`$1`), so a statement reads by meaning instead of by counting to `$13`.
 *
 * A name is `:` followed by a letter or `_` and then letters, digits or `_`, and not preceded
 * by another `:` (so `::jsonb` casts stay casts). Text inside single-quoted literals and
 * double-quoted identifiers is left alone. Each distinct name gets one position, in order of
 * first use, numbered after `offset` (for a statement that follows others in one query).
 */
export interface PositionalQuery {
  sql: string;
  parameters: unknown[];
}

const TOKEN = /'(?:[^']|'')*'|"(?:[^"]|"")*"|(?<!:):([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * @throws Error when the SQL names a parameter that `values` lacks (or holds as undefined), or
 *   `values` holds one the SQL never names: both are typos that would otherwise bind wrongly.
 */
export function named(sql: string, values: Readonly<Record<string, unknown>>, offset = 0): PositionalQuery {
  const positions = new Map<string, number>();
  const parameters: unknown[] = [];
  const text = sql.replace(TOKEN, (token: string, name: string | undefined) => {
    if (name === undefined) return token;
    let position = positions.get(name);
    if (position === undefined) {
      if (!Object.prototype.hasOwnProperty.call(values, name) || values[name] === undefined) {
        throw new Error(`SQL names :${name}, but no value was given for it`);
      }
      parameters.push(values[name]);
      position = offset + parameters.length;
      positions.set(name, position);
    }
    return `$${position}`;
  });
  const unused = Object.keys(values).filter((name) => !positions.has(name));
  if (unused.length > 0) throw new Error(`values given for parameters the SQL never names: ${unused.join(', ')}`);
  return { sql: text, parameters };
}
