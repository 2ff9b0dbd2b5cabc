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
    // The identifiers a bank asks for, well-formed, so plans pass screening.
    legalEntityNumber: `AHU-${slug.slice(-7)}.AH.01.29.TAHUN 2025`,
    cooperativeNumber: slug.padEnd(16, '0'),
    taxNumber: slug.padEnd(16, '9'),
    businessNumber: slug.padEnd(13, '0'),
    bankAccount: { bankName: 'Bank Rakyat Indonesia', accountNumber: `0123${slug.slice(-8)}`, accountHolder: `Koperasi ${village.village}` },
    officer: { email: `pengurus.${slug}@example.id`, password: 'rahasia-desa-123' },
    ...overrides,
  };
}

/** A business plan within PMK-49-2025 for a rice-growing cooperative. */
export function businessPlanFor(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Penggilingan padi dan gudang gabah',
    summary: 'Membangun penggilingan padi berkapasitas 2 ton per jam dan gudang gabah untuk petani desa.',
    sector: 'AGRICULTURE',
    commodities: ['rice'],
    capexAmount: 1_500_000_000,
    opexAmount: 300_000_000,
    tenorMonths: 60,
    gracePeriodMonths: 6,
    projectedAnnualRevenue: 2_400_000_000,
    seekingRoles: ['OFFTAKER'],
    monthlyCapacity: { quantity: 120, unit: 'ton' },
    exportReady: false,
    ...overrides,
  };
}
