import { DOMAIN_EVENT_TYPES } from '@kdmp/contracts';
import { RECIPIENT_KINDS, RECIPIENT_MATRIX, type RecipientKind, recipientsFor } from './recipient-matrix';
import { templateKeys } from './render-notification';

const R: RecipientKind = 'STAGE_REVIEWERS';
const A: RecipientKind = 'REGION_ADMINS';

// Who hears what is documented in docs/domain.md, whose recipient matrix is generated from
// RECIPIENT_MATRIX and checked against it (tools/docs/generated-tables.spec.ts).

// Decisions and match offers (and their outcomes) for the parties to them.
const EXPECTED_CRITICAL: string[] = [
  'screening.failed/cooperative',
  'review.revision-requested/cooperative',
  'financing.reviewed/cooperative',
  'partner.matched/cooperative',
  'partner.matched/partner',
  'match.accepted/cooperative',
  'match.accepted/partner',
  'match.declined/cooperative',
  'match.declined/partner',
  'match.expired/cooperative',
  'match.expired/partner',
  'cooperative.withdrawn/partner',
];

const allEntries = () => DOMAIN_EVENT_TYPES.flatMap((type) => RECIPIENT_MATRIX[type].map((entry) => ({ type, ...entry })));

describe('RECIPIENT_MATRIX', () => {
  it.each(DOMAIN_EVENT_TYPES)('has at least one row for %s', (type) => {
    expect(recipientsFor(type).length).toBeGreaterThan(0);
  });

  it('has a row for every event type of the contracts, and no others', () => {
    const missing = DOMAIN_EVENT_TYPES.filter((type) => (RECIPIENT_MATRIX[type] ?? []).length === 0);
    expect(missing).toEqual([]);
    expect(Object.keys(RECIPIENT_MATRIX).sort()).toEqual([...DOMAIN_EVENT_TYPES].sort());
  });

  it('uses only known recipient kinds, each at most once per event', () => {
    for (const type of DOMAIN_EVENT_TYPES) {
      const kinds = RECIPIENT_MATRIX[type].map((entry) => entry.recipients);
      expect(new Set(kinds).size).toBe(kinds.length);
      for (const kind of kinds) expect(RECIPIENT_KINDS).toContain(kind);
    }
  });

  it('reminds reviewers and escalates to admins', () => {
    expect(RECIPIENT_MATRIX['review.reminder']).toEqual([{ recipients: R, template: 'review.reminder/reviewer', critical: false }]);
    expect(RECIPIENT_MATRIX['review.escalated']).toEqual([{ recipients: A, template: 'review.escalated/admin', critical: false }]);
  });

  it('names each template <event>/<audience>', () => {
    expect(RECIPIENT_MATRIX['cooperative.registered'][0].template).toBe('cooperative.registered/cooperative');
    const audience: Record<RecipientKind, string> = { COOPERATIVE_OFFICERS: 'cooperative', STAGE_REVIEWERS: 'reviewer', PARTNER_USERS: 'partner', REGION_ADMINS: 'admin' };
    for (const entry of allEntries()) expect(entry.template).toBe(`${entry.type}/${audience[entry.recipients]}`);
  });

  it('marks decisions and match offers critical, and nothing else', () => {
    const critical = allEntries().filter((entry) => entry.critical).map((entry) => entry.template);
    expect(critical.sort()).toEqual([...EXPECTED_CRITICAL].sort());
  });

  it('has a template for every row, and every template belongs to a row', () => {
    const used = allEntries().map((entry) => entry.template);
    expect(new Set(used).size).toBe(used.length);
    expect([...templateKeys()].sort()).toEqual([...used].sort());
  });
});
