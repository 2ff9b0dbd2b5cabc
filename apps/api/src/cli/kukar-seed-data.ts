import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Kukar's 237 villages (libs/testing/src/fixtures, see SOURCE.md there). */
const CSV = path.resolve(__dirname, '../../../../../libs/testing/src/fixtures/kukar-villages.csv');

export interface SeedVillage {
  regionCode: string;
  district: string;
  village: string;
  kind: 'DESA' | 'KELURAHAN';
}

export function kukarVillages(): SeedVillage[] {
  const [, ...rows] = readFileSync(CSV, 'utf8').trim().split('\n');
  return rows.map((row) => {
    const [regionCode, , district, village, kind] = row.split(',');
    return { regionCode, district, village, kind: kind as SeedVillage['kind'] };
  });
}

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
