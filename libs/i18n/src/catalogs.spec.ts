import {
  ACTOR_KINDS,
  BANK_ACCOUNT_PARTS,
  COOPERATIVE_STATES,
  MATCH_REASON_CODES,
  MATCH_STATUSES,
  PARTNER_ROLES,
  PARTNER_TYPES,
  REVIEW_DECISIONS,
  REVIEW_STAGES_DEFAULT,
  SCREENING_FAILURE_CODES,
  SECTORS,
  VILLAGE_KINDS,
} from '@kdmp/domain';
import { DOMAIN_EVENT_TYPES } from '@kdmp/contracts';
import { type Catalog, PARTNER_PROFILE_FIELDS } from './catalog';
import { CATALOGS, DEFAULT_LOCALE, isLocale, LOCALES, resolveLocale } from './catalogs';
import { en } from './catalogs/en';

/**
 * The keys of `candidate` that differ from `reference`: missing, extra, or of another kind
 * (a text where the reference has a function, a table where it has a text). Paths are dotted.
 */
function keyDifferences(reference: object, candidate: object, path = ''): string[] {
  const differences: string[] = [];
  const kind = (value: unknown) => (value !== null && typeof value === 'object' ? 'table' : typeof value);
  for (const [key, value] of Object.entries(reference)) {
    const at = path === '' ? key : `${path}.${key}`;
    if (!Object.prototype.hasOwnProperty.call(candidate, key)) {
      differences.push(`missing ${at}`);
      continue;
    }
    const other = (candidate as Record<string, unknown>)[key];
    if (kind(value) !== kind(other)) differences.push(`${at} is a ${kind(other)}, not a ${kind(value)}`);
    else if (kind(value) === 'table') differences.push(...keyDifferences(value as object, other as object, at));
  }
  for (const key of Object.keys(candidate)) {
    if (!Object.prototype.hasOwnProperty.call(reference, key)) differences.push(`extra ${path === '' ? key : `${path}.${key}`}`);
  }
  return differences;
}

const reference = CATALOGS[DEFAULT_LOCALE];

describe('the registered catalogs', () => {
  it('are Bahasa Indonesia (the default, first) and English', () => {
    expect(LOCALES[0]).toBe('id');
    expect([...LOCALES].sort()).toEqual(['en', 'id']);
  });

  it.each(LOCALES)('%s has exactly the keys of the reference catalog, each of the same kind', (locale) => {
    expect(keyDifferences(reference, CATALOGS[locale])).toEqual([]);
  });

  it.each(LOCALES)('%s names every code the domain defines', (locale) => {
    const catalog: Catalog = CATALOGS[locale];
    const tables: [Readonly<Record<string, unknown>>, readonly string[]][] = [
      [catalog.cooperativeStates, COOPERATIVE_STATES],
      [catalog.sectors, SECTORS],
      [catalog.actorKinds, ACTOR_KINDS],
      [catalog.reviewStages, REVIEW_STAGES_DEFAULT],
      [catalog.reviewDecisions, REVIEW_DECISIONS],
      [catalog.partnerTypes, PARTNER_TYPES],
      [catalog.partnerRoles, PARTNER_ROLES],
      [catalog.matchStatuses, MATCH_STATUSES],
      [catalog.villageKinds, VILLAGE_KINDS],
      [catalog.bankAccountParts, BANK_ACCOUNT_PARTS],
      [catalog.partnerProfileFields, PARTNER_PROFILE_FIELDS],
      [catalog.screeningReasons, SCREENING_FAILURE_CODES],
      [catalog.matchReasons, MATCH_REASON_CODES],
      [catalog.notifications.templates, DOMAIN_EVENT_TYPES],
    ];
    for (const [table, codes] of tables) {
      expect(Object.keys(table).sort()).toEqual([...codes].sort());
    }
    for (const [code, name] of Object.entries({ ...catalog.cooperativeStates, ...catalog.sectors, ...catalog.partnerRoles })) {
      expect(`${code}: ${name.trim()}`).not.toBe(`${code}: `);
    }
  });

  it('give each sector and role one name per language, the same everywhere it is shown', () => {
    // The four copies that drifted ("plantation" vs "plantations", "pembiaya" vs "pemberi pembiayaan") are one now.
    expect(CATALOGS.en.sectors.PLANTATION).toBe('plantation');
    expect(CATALOGS.id.partnerRoles.FINANCIER).toBe('pemberi pembiayaan');
    expect(CATALOGS.en.matchReasons.SECTOR_MATCH({ sector: 'PLANTATION' })).toContain('plantation,');
    expect(CATALOGS.id.matchReasons.EXPORT_NOT_SCORED({ role: 'FINANCIER', maximumScore: 90 })).toContain('peran pemberi pembiayaan');
  });
});

describe('a catalog with a key missing', () => {
  // Each `@ts-expect-error` below is checked by `npm run typecheck`: were the incomplete catalog
  // accepted, the directive itself would be the error. A third language (jv.ts) typed `Catalog`
  // fails the same way until it has every key.
  it('fails the type-check, and the completeness check at run time', () => {
    const { screeningReasons, ...withoutScreeningReasons } = en;
    // @ts-expect-error a whole section is missing
    const noSection: Catalog = withoutScreeningReasons;

    const { PLANTATION, ...sectorsWithoutOne } = en.sectors;
    // @ts-expect-error one sector has no name
    const noSector: Catalog = { ...en, sectors: sectorsWithoutOne };

    const { admin, ...withdrawnWithoutAdmins } = en.notifications.templates['cooperative.withdrawn'];
    const noTemplate: Catalog = {
      ...en,
      notifications: {
        ...en.notifications,
        // @ts-expect-error the admins' template for cooperative.withdrawn is missing
        templates: { ...en.notifications.templates, 'cooperative.withdrawn': withdrawnWithoutAdmins },
      },
    };

    const wrongParameter: Catalog = {
      ...en,
      // @ts-expect-error a reason that names a parameter its code does not have
      matchReasons: { ...en.matchReasons, CAPACITY_FULL: (p: { freeSlots: number }) => `${p.freeSlots}` },
    };

    expect([screeningReasons, PLANTATION, admin].every((present) => present !== undefined)).toBe(true);
    expect(keyDifferences(reference, noSection)).toEqual(['missing screeningReasons']);
    expect(keyDifferences(reference, noSector)).toEqual(['missing sectors.PLANTATION']);
    expect(keyDifferences(reference, noTemplate)).toEqual(['missing notifications.templates.cooperative.withdrawn.admin']);
    expect(keyDifferences(reference, wrongParameter)).toEqual([]); // only the type-check sees parameters
    expect(keyDifferences(reference, { ...en, greeting: 'Sugeng rawuh' })).toEqual(['extra greeting']);
    expect(keyDifferences(reference, { ...en, sectors: 'none' })).toEqual(['sectors is a string, not a table']);
  });
});

describe('locales', () => {
  it.each([
    [undefined, 'id'],
    [null, 'id'],
    ['id', 'id'],
    ['id-ID', 'id'],
    ['en', 'en'],
    ['en-GB', 'en'],
    [' EN_us ', 'en'],
    ['fr', 'id'],
    ['', 'id'],
    ['constructor', 'id'],
  ])('a preference of %p resolves to %p', (preference, expected) => {
    expect(resolveLocale(preference)).toBe(expected);
  });

  it('knows only registered locales', () => {
    expect(isLocale('id')).toBe(true);
    expect(isLocale('jv')).toBe(false);
    expect(isLocale('toString')).toBe(false);
  });
});
