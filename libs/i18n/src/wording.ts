/** Small helpers the catalogs write sentences with; language-neutral and pure. */

/** A free text (a comment, a reason) trimmed, or undefined when absent or blank. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed.length === 0 ? undefined : trimmed;
}

/** Someone's own words, quoted. */
export function quoted(value: string): string {
  return `"${value}"`;
}

/** The first letter upper case, for a name or phrase that starts a sentence. */
export function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** A title naming something after a colon, or just the base when the name is unknown. */
export function named(base: string, name: string | undefined): string {
  return name === undefined ? base : `${base}: ${name}`;
}

/** A code's label from a table, or the code itself when the table has none (a stage configured beyond the defaults). */
export function labelOf(labels: Readonly<Record<string, string>>, code: string): string {
  return Object.prototype.hasOwnProperty.call(labels, code) ? labels[code] : String(code);
}

/** Items as a bulleted list, one per line; `empty` stands alone when there are none. */
export function bulleted(items: readonly string[] | undefined, empty: string): string {
  if (items === undefined || items.length === 0) return `- ${empty}`;
  return items.map((item) => `- ${item}`).join('\n');
}
