/** The four levels of the Kemendagri code, from the province down to the village. */
export const REGION_LEVELS = ['PROVINCE', 'REGENCY', 'DISTRICT', 'VILLAGE'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/**
 * KABUPATEN or KOTA for a regency, DESA or KELURAHAN for a village (a desa adat counts as a
 * DESA), null for provinces and districts.
 */
export const REGION_KINDS = ['KABUPATEN', 'KOTA', 'DESA', 'KELURAHAN'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

/** One row of the national list: `64.02.01.2001`, Perian, a DESA of district `64.02.01`. */
export interface Region {
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
  readonly kind: RegionKind | null;
  /** The code one level up; null for a province. */
  readonly parentCode: string | null;
}

/** A village with the names of every level above it, as a cooperative's address carries them. */
export interface VillageAddress {
  readonly regionCode: string;
  readonly kind: 'DESA' | 'KELURAHAN';
  readonly village: string;
  readonly district: string;
  readonly regency: string;
  readonly province: string;
}
