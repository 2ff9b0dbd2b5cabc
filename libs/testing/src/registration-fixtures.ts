import type { KukarVillage } from '@kdmp/reference-data';

export { kukarVillages } from '@kdmp/reference-data';
export type { KukarVillage } from '@kdmp/reference-data';

/** What a registration needs of a village: a Kukar one, or one a caller made up. */
export type FixtureVillage = Pick<KukarVillage, 'regionCode' | 'district' | 'village' | 'kind'>;

/**
 * A valid registration body for one Kukar village, with the identifiers a bank asks for
 * (well-formed, so plans pass screening) and an officer account. `officer: undefined` in the
 * overrides leaves the officer out (an import row). The one registration body of the tests,
 * the bench and the seed.
 */
export function registrationFor(village: FixtureVillage, overrides: Record<string, unknown> = {}): Record<string, unknown> {
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
    legalEntityNumber: `AHU-${slug.slice(-7)}.AH.01.29.TAHUN 2025`,
    cooperativeNumber: slug.padEnd(16, '0'),
    taxNumber: slug.padEnd(16, '9'),
    businessNumber: slug.padEnd(13, '0'),
    bankAccount: { bankName: 'Bank Rakyat Indonesia', accountNumber: `0123${slug.slice(-8)}`, accountHolder: `Koperasi ${village.village}` },
    officer: { email: `pengurus.${slug}@example.id`, password: 'rahasia-desa-123' },
    ...overrides,
  };
}

/** A business plan within PMK-49-2025 that passes screening: rice milling, seeking an offtaker. */
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
