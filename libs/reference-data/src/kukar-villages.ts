import { readReferenceCsv } from './reference-csv';

/** One desa or kelurahan of Kutai Kartanegara (Kukar, regency 64.02), with its official code. */
export interface KukarVillage {
  regionCode: string;
  districtCode: string;
  district: string;
  village: string;
  kind: 'DESA' | 'KELURAHAN';
}

let cached: readonly KukarVillage[] | null = null;

/** Kukar's 237 villages (193 desa, 44 kelurahan, 20 districts), sorted by code (data/SOURCE.md). */
export function kukarVillages(): KukarVillage[] {
  cached ??= readReferenceCsv('kukar-villages.csv').map(([regionCode, districtCode, district, village, kind]) => ({
    regionCode,
    districtCode,
    district,
    village,
    kind: kind as KukarVillage['kind'],
  }));
  return [...cached];
}
