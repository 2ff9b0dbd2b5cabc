import { FixtureVillage, registrationFor } from '@kdmp/testing';

/** What Kukar's villages produce (the article: agriculture, fisheries, processed products, waste). */
export const POTENTIALS = [
  { sector: 'AGRICULTURE', commodities: ['rice'], title: 'Penggilingan padi dan gudang gabah' },
  { sector: 'PLANTATION', commodities: ['palm oil'], title: 'Pengumpulan dan pengangkutan TBS sawit' },
  { sector: 'PLANTATION', commodities: ['rubber'], title: 'Pengolahan karet rakyat (bokar)' },
  { sector: 'FISHERIES', commodities: ['fish'], title: 'Cold storage ikan air tawar' },
  { sector: 'FISHERIES', commodities: ['shrimp'], title: 'Tambak dan pengolahan udang' },
  { sector: 'PLANTATION', commodities: ['coconut'], title: 'Pengolahan kelapa menjadi kopra dan VCO' },
  { sector: 'WASTE_PROCESSING', commodities: ['waste recycling'], title: 'Bank sampah dan daur ulang plastik' },
] as const;

const ROLES_BY_TYPE = {
  BUMN: ['OFFTAKER', 'DISTRIBUTOR'],
  BUMD: ['DISTRIBUTOR', 'OFFTAKER'],
  PRIVATE: ['OFFTAKER'],
  BANK: ['FINANCIER'],
  EXPORTER: ['EXPORTER', 'OFFTAKER'],
} as const;

const NAMES = {
  BUMN: ['PT Pangan Nusantara (Persero)', 'PT Niaga Tani Indonesia (Persero)', 'PT Perikanan Samudra (Persero)', 'PT Perkebunan Raya (Persero)'],
  BUMD: ['Perusda Tunggang Parangan', 'Perusda Mahakam Sejahtera', 'PT Benua Etam Mandiri (Perseroda)'],
  PRIVATE: ['CV Tani Makmur Tenggarong', 'PT Sawit Lestari Kaltim', 'CV Udang Delta Mahakam', 'PT Kelapa Hijau Samboja', 'CV Daur Ulang Borneo', 'PT Karet Muara Kaman'],
  BANK: ['Bank Rakyat Desa (fiktif)', 'Bank Koperasi Etam (fiktif)', 'Bank Pembangunan Mahakam (fiktif)'],
  EXPORTER: ['PT Ekspor Hasil Laut Borneo', 'PT Kopra Nusantara Ekspor', 'PT Rubber Trade Kalimantan'],
} as const;

export interface SeedPartner {
  name: string;
  type: keyof typeof ROLES_BY_TYPE;
  roles: string[];
  sectors: string[];
  commodities: string[];
  regionCodes: string[];
  capacity: number;
}

/** A few dozen fictional partners of every type, serving Kukar, East Kalimantan or the nation. */
export function seedPartners(): SeedPartner[] {
  const reach = [['64.02'], ['64'], ['NATIONAL']];
  return (Object.keys(NAMES) as (keyof typeof NAMES)[]).flatMap((type) =>
    NAMES[type].map((name, index) => {
      const potentials = POTENTIALS.filter((_, i) => (i + index) % 2 === 0 || type === 'BANK');
      return {
        name,
        type,
        roles: [...ROLES_BY_TYPE[type]],
        sectors: [...new Set(potentials.map((potential) => potential.sector))],
        commodities: [...new Set(potentials.flatMap((potential) => [...potential.commodities]))],
        regionCodes: reach[index % reach.length],
        capacity: 10 + 5 * index,
      };
    }),
  );
}

/**
 * The registration of the `index`-th Kukar village: the fixture body with this village's
 * potential, a member count and contacts of its own, and its officer's account.
 */
export function seedRegistration(village: FixtureVillage, index: number, officer: { email: string; password: string }): Record<string, unknown> {
  const slug = village.regionCode.replace(/\./g, '');
  return registrationFor(village, {
    memberCount: 20 + ((index * 37) % 180),
    sectors: [POTENTIALS[index % POTENTIALS.length].sector, 'RETAIL'],
    contactEmail: `kdmp.${slug}@kdmp-kukar.example.id`,
    contactPhone: `+62812${slug.slice(-7)}`,
    officer,
  });
}

/** The plan the `index`-th village submits: its potential, within PMK-49-2025. */
export function seedBusinessPlan(village: FixtureVillage, index: number): Record<string, unknown> {
  const potential = POTENTIALS[index % POTENTIALS.length];
  return {
    title: potential.title,
    summary: `${potential.title} untuk anggota koperasi di ${village.village}, Kecamatan ${village.district}.`,
    sector: potential.sector,
    commodities: [...potential.commodities],
    capexAmount: 900_000_000 + (index % 5) * 200_000_000,
    opexAmount: 250_000_000,
    tenorMonths: 60,
    gracePeriodMonths: 6,
    projectedAnnualRevenue: 1_800_000_000,
    seekingRoles: index % 8 === 0 ? ['OFFTAKER', 'FINANCIER'] : ['OFFTAKER'],
    monthlyCapacity: { quantity: 50 + index, unit: 'ton' },
    exportReady: index % 3 === 0,
  };
}
