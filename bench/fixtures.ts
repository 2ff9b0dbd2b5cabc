import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RegionDirectory } from '@kdmp/regions';
import { ROOT } from './bench-environment';

/**
 * Registration and plan bodies, as libs/testing/src/kukar-fixture.ts builds them (that library
 * is not compiled by the build): Kukar's 237 villages first, then the other villages of the
 * national list in code order, from Kalimantan Timur (64) on (registration refuses a code
 * that is not on the list). Beyond Kukar, the partner that serves only 64.02 does not reach.
 */
export interface Village {
  regionCode: string;
  district: string;
  village: string;
  regency: string;
  province: string;
  kind: 'DESA' | 'KELURAHAN';
}

const KUKAR_CSV = path.join(ROOT, 'libs/testing/src/fixtures/kukar-villages.csv');

function kukarVillages(): Village[] {
  const [, ...rows] = readFileSync(KUKAR_CSV, 'utf8').trim().split('\n');
  return rows.map((row) => {
    const [regionCode, , district, village, kind] = row.split(',');
    return { regionCode, district, village, regency: 'Kabupaten Kutai Kartanegara', province: 'Kalimantan Timur', kind: kind as Village['kind'] };
  });
}

/** Every village of the national list outside Kukar, Kalimantan Timur's first, then the rest in code order. */
function* villagesBeyondKukar(): Generator<Village> {
  const regions = RegionDirectory.national();
  const provinces = regions.childrenOf()!.map((province) => province.code);
  for (const province of ['64', ...provinces.filter((code) => code !== '64')]) {
    for (const regency of regions.childrenOf(province)!) {
      if (regency.code === '64.02') continue;
      for (const district of regions.childrenOf(regency.code)!) {
        for (const village of regions.childrenOf(district.code)!) {
          yield regions.village(village.code)!;
        }
      }
    }
  }
}

export class VillageSequence {
  private readonly kukar = kukarVillages();
  private next = 0;

  private readonly beyond = villagesBeyondKukar();

  take(): Village {
    const index = this.next++;
    if (index < this.kukar.length) return this.kukar[index];
    const next = this.beyond.next();
    if (next.done) throw new Error('the bench ran out of villages');
    return next.value;
  }
}

/** A valid registration; `officer` null for an import row (officers are not imported). */
export function registrationFor(village: Village, officer: { email: string; password: string } | null): Record<string, unknown> {
  const slug = village.regionCode.replace(/\./g, '');
  return {
    name: `Koperasi ${village.kind === 'DESA' ? 'Desa' : 'Kelurahan'} Merah Putih ${village.village}`,
    kind: village.kind,
    village: village.village,
    district: village.district,
    regency: village.regency,
    province: village.province,
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
    ...(officer ? { officer } : {}),
  };
}

/** A plan within PMK-49-2025 that passes screening: rice milling, seeking an offtaker. */
export function businessPlan(): Record<string, unknown> {
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
  };
}
