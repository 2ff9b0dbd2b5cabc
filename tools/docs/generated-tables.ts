import { TRANSITION_TABLE, UNCHANGED } from '@kdmp/domain';
import { DOMAIN_EVENT_TYPES } from '@kdmp/contracts';
import { RECIPIENT_KINDS, RECIPIENT_MATRIX, type RecipientKind } from '@kdmp/notifications';
import { ROUTE_TABLE, type RouteAccess } from '../../apps/api/src/auth/route-table';

/**
 * The tables of docs/ that the code holds as data, rendered as Markdown: the transition table
 * (libs/domain) and the recipient matrix (libs/notifications) in docs/domain.md, the route table
 * (apps/api) in docs/api.md. The documents carry them between markers; `npm run docs:tables`
 * rewrites them and a unit test fails when a document and the code disagree, so the docs
 * cannot drift from the rules they describe.
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

const SCOPE_MEANING: Record<NonNullable<RouteAccess['scope']>, string> = {
  cooperative: "the officer's own cooperative; for a reviewer, in its regions; for a partner user, one proposed to its organisation",
  review: "the review's cooperative is the officer's own, or in the reviewer's regions",
  partner: "the partner is the partner user's own organisation",
  match: "the match is the partner user's own organisation's",
  notification: 'the notification is addressed to the caller',
  delivery: 'any delivery (admins only)',
};

export function renderRouteTable(): string {
  const lines = [
    '| route | roles | object checked (else 404) | success |',
    '| --- | --- | --- | --- |',
    ...Object.entries(ROUTE_TABLE as Record<string, RouteAccess>).map(([route, access]) => {
      const roles = access.public
        ? `anyone${access.roles.length > 0 ? ` (with a token: ${access.roles.join(', ')})` : ''}`
        : access.roles.join(', ');
      return `| ${code(route)} | ${roles} | ${access.scope ? SCOPE_MEANING[access.scope] : ''} | ${access.success} |`;
    }),
  ];
  return lines.join('\n');
}

/** Each generated table: the document (under docs/) that carries it, and how to render it. */
export const GENERATED_TABLES: Record<string, { document: string; render: () => string }> = {
  'transition-table': { document: 'domain.md', render: renderTransitionTable },
  'recipient-matrix': { document: 'domain.md', render: renderRecipientMatrix },
  'route-table': { document: 'api.md', render: renderRouteTable },
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

/** The document with every generated table it carries rendered anew from the code. */
export function withGeneratedTables(document: string, markdown: string): string {
  let result = markdown;
  for (const [name, { document: carrier, render }] of Object.entries(GENERATED_TABLES)) {
    if (carrier !== document) continue;
    if (generatedSection(result, name) === null) throw new Error(`docs/${document} has no markers for ${name}`);
    const start = result.indexOf(begin(name)) + begin(name).length;
    const stop = result.indexOf(end(name));
    result = `${result.slice(0, start)}\n${render()}\n${result.slice(stop)}`;
  }
  return result;
}
