import { TRANSITION_TABLE, UNCHANGED } from '@kdmp/domain';
import { DOMAIN_EVENT_TYPES } from '@kdmp/contracts';
import { RECIPIENT_KINDS, RECIPIENT_MATRIX, type RecipientKind } from '@kdmp/notifications';

/**
 * The tables of docs/domain.md that the code holds as data, rendered as Markdown: the
 * transition table (libs/domain) and the recipient matrix (libs/notifications). The document
 * carries them between markers; `npm run docs:tables` rewrites them and a unit test fails when
 * the document and the code disagree, so the docs cannot drift from the rules they describe.
 */

const code = (text: string) => `\`${text}\``;

export function renderTransitionTable(): string {
  const lines = [
    '| command | by | from | to | events, in order | what happens |',
    '| --- | --- | --- | --- | --- | --- |',
    ...TRANSITION_TABLE.map((rule) => {
      const from = rule.from.map((state) => (state === null ? '(none)' : code(state))).join(', ');
      const to = rule.to === UNCHANGED ? '(unchanged)' : code(rule.to);
      return `| ${code(rule.command)} | ${rule.actors.join(', ')} | ${from} | ${to} | ${rule.events.map(code).join(', ')} | ${rule.description} |`;
    }),
  ];
  return lines.join('\n');
}

const COLUMN_TITLES: Record<RecipientKind, string> = {
  COOPERATIVE_OFFICERS: "cooperative's officers",
  STAGE_REVIEWERS: "the stage's reviewers",
  PARTNER_USERS: "partner's users",
  REGION_ADMINS: "region's admins",
};

export function renderRecipientMatrix(): string {
  const lines = [
    `| event | ${RECIPIENT_KINDS.map((kind) => COLUMN_TITLES[kind]).join(' | ')} |`,
    `| --- | ${RECIPIENT_KINDS.map(() => '---').join(' | ')} |`,
    ...DOMAIN_EVENT_TYPES.map((type) => {
      const cells = RECIPIENT_KINDS.map((kind) => {
        const entry = RECIPIENT_MATRIX[type].find((candidate) => candidate.recipients === kind);
        if (!entry) return '';
        return entry.critical ? `${code(entry.template)} (critical)` : code(entry.template);
      });
      return `| ${code(type)} | ${cells.join(' | ')} |`;
    }),
  ];
  return lines.join('\n');
}

export const GENERATED_TABLES: Record<string, () => string> = {
  'transition-table': renderTransitionTable,
  'recipient-matrix': renderRecipientMatrix,
};

const begin = (name: string) => `<!-- BEGIN GENERATED ${name}: npm run docs:tables -->`;
const end = (name: string) => `<!-- END GENERATED ${name} -->`;

/** The text between a table's markers, or null when the document has no such markers. */
export function generatedSection(markdown: string, name: string): string | null {
  const start = markdown.indexOf(begin(name));
  const stop = markdown.indexOf(end(name));
  if (start < 0 || stop < start) return null;
  return markdown.slice(start + begin(name).length, stop).trim();
}

/** The document with every generated table rendered anew from the code. */
export function withGeneratedTables(markdown: string): string {
  let result = markdown;
  for (const [name, render] of Object.entries(GENERATED_TABLES)) {
    if (generatedSection(result, name) === null) throw new Error(`docs/domain.md has no markers for ${name}`);
    const start = result.indexOf(begin(name)) + begin(name).length;
    const stop = result.indexOf(end(name));
    result = `${result.slice(0, start)}\n${render()}\n${result.slice(stop)}`;
  }
  return result;
}
