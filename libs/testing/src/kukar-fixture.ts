import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface KukarVillage {
  regionCode: string;
  districtCode: string;
  district: string;
  village: string;
  kind: 'DESA' | 'KELURAHAN';
}

const CSV = path.resolve(__dirname, 'fixtures', 'kukar-villages.csv');

/** Kukar's 237 villages with their official codes (see fixtures/SOURCE.md). */
export function kukarVillages(): KukarVillage[] {
  const [, ...rows] = readFileSync(CSV, 'utf8').trim().split('\n');
  return rows.map((row) => {
    const [regionCode, districtCode, district, village, kind] = row.split(',');
    return { regionCode, districtCode, district, village, kind: kind as KukarVillage['kind'] };
  });
}

/** A valid registration body for one Kukar village. */
export function registrationFor(village: KukarVillage, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const slug = village.regionCode.replace(/\./g, '');
  return {
    name: `Koperasi ${village.kind === 'DESA' ? 'Desa' : 'Kelurahan'} Merah Putih ${village.village}`,
    kind: village.kind,
    village: village.village,
    district: village.district,
    regency: 'Kabupaten Kutai Kartanegara',
    province: 'Kalimantan Timur',
    regionCode: village.regionCode,
    memberCount: 25,
    sectors: ['AGRICULTURE', 'FISHERIES'],
    contactEmail: `kdmp.${slug}@example.id`,
    contactPhone: '+6281234567890',
    officer: { email: `pengurus.${slug}@example.id`, password: 'rahasia-desa-123' },
    ...overrides,
  };
}
