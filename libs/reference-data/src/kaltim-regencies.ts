import { readReferenceCsv } from './reference-csv';

/** A regency (kabupaten) or city (kota) of Kalimantan Timur, province 64. */
export interface KaltimRegency {
  regencyCode: string;
  regency: string;
}

/** East Kalimantan's 10 regencies and cities (7 kabupaten, 3 kota; data/SOURCE.md). */
export function kaltimRegencies(): KaltimRegency[] {
  return readReferenceCsv('kaltim-regencies.csv').map(([regencyCode, regency]) => ({ regencyCode, regency }));
}
