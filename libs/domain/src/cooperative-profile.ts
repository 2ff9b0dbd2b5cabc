/**
 * The parts of a cooperative's profile its officer or an admin may complete or correct after
 * registration (PATCH /v1/cooperatives/:id). Its state, version and plan are the pipeline's.
 */
export const PROFILE_FIELDS = [
  'name',
  'regionCode',
  'kind',
  'village',
  'district',
  'regency',
  'province',
  'memberCount',
  'sectors',
  'contactEmail',
  'contactPhone',
  'legalEntityNumber',
  'cooperativeNumber',
  'taxNumber',
  'businessNumber',
  'bankAccount',
] as const;

export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** The identifiers a bank asks for, which screening requires and registration does not. */
export const BANK_IDENTIFIER_FIELDS = ['legalEntityNumber', 'cooperativeNumber', 'taxNumber', 'businessNumber', 'bankAccount'] as const;

export type BankIdentifierField = (typeof BANK_IDENTIFIER_FIELDS)[number];

/** Fields a caller may clear with null; the others are part of what a cooperative is. */
export const CLEARABLE_PROFILE_FIELDS: readonly ProfileField[] = ['contactEmail', 'contactPhone', ...BANK_IDENTIFIER_FIELDS];

export type ProfileValues = { readonly [F in ProfileField]?: unknown };

/**
 * The fields whose requested value differs from the current one, in PROFILE_FIELDS order.
 * Arrays and objects compare by content; sectors regardless of order.
 */
export function changedProfileFields(current: ProfileValues, requested: ProfileValues): ProfileField[] {
  return PROFILE_FIELDS.filter((field) => field in requested && requested[field] !== undefined && !same(field, current[field], requested[field]));
}

/** The identifiers a profile lacks (null, empty or blank), in BANK_IDENTIFIER_FIELDS order. */
export function missingBankIdentifiers(profile: ProfileValues): BankIdentifierField[] {
  return BANK_IDENTIFIER_FIELDS.filter((field) => {
    const value = profile[field];
    return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
  });
}

function same(field: ProfileField, a: unknown, b: unknown): boolean {
  if (field === 'sectors' && Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    return JSON.stringify(sortedKeys(a)) === JSON.stringify(sortedKeys(b));
  }
  return a === b;
}

function sortedKeys(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).sort(([x], [y]) => x.localeCompare(y)));
}
