import type { VillageAddress } from './region';

/** The parts of an address a caller may repeat beside the region code. */
export type GivenAddress = Partial<Pick<VillageAddress, 'kind' | 'village' | 'district' | 'regency' | 'province'>>;

export interface AddressDisagreement {
  field: keyof GivenAddress;
  message: string;
}

const FIELDS = ['kind', 'village', 'district', 'regency', 'province'] as const;

/** Compared without regard to case or spacing: "sanga  sanga" is "Sanga Sanga". */
export function sameName(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

/** A regency with or without its "Kabupaten"/"Kota" prefix: "Kutai Kartanegara" is "Kabupaten Kutai Kartanegara". */
function sameRegency(given: string, actual: string): boolean {
  if (sameName(given, actual)) return true;
  const bare = normalise(actual).replace(/^(kabupaten|kota) /, '');
  return normalise(given) === bare;
}

function normalise(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
}

/**
 * The given names (and kind) that do not agree with the list's for the code; a part not given
 * agrees, since the list supplies it.
 */
export function addressDisagreements(given: GivenAddress, actual: VillageAddress): AddressDisagreement[] {
  return FIELDS.filter((field) => {
    const value = given[field];
    if (value === undefined || value === null) return false;
    return field === 'regency' ? !sameRegency(value, actual.regency) : !sameName(value, actual[field]);
  }).map((field) => ({
    field,
    message: `region code ${actual.regionCode} ${describe(field, actual)}, not "${given[field]}"`,
  }));
}

function describe(field: (typeof FIELDS)[number], actual: VillageAddress): string {
  if (field === 'kind') return `is a ${actual.kind}`;
  if (field === 'village') return `is the village "${actual.village}"`;
  return `lies in ${field} "${actual[field]}"`;
}
