import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRegionCode } from '@kdmp/domain';
import { ROOT } from './bench-environment';

/**
 * Registration and plan bodies, as libs/testing/src/kukar-fixture.ts builds them (that library
 * is not compiled by the build): Kukar's 237 villages first, then synthetic desa codes in
 * districts 64.02.50–64.02.99, which parseRegionCode accepts.
 */
export interface Village {
  regionCode: string;
  district: string;
  village: string;
  kind: 'DESA' | 'KELURAHAN';
}

const KUKAR_CSV = path.join(ROOT, 'libs/testing/src/fixtures/kukar-villages.csv');

function kukarVillages(): Village[] {
  const [, ...rows] = readFileSync(KUKAR_CSV, 'utf8').trim().split('\n');
  return rows.map((row) => {
    const [regionCode, , district, village, kind] = row.split(',');
    return { regionCode, district, village, kind: kind as Village['kind'] };
  });
}

export class VillageSequence {
  private readonly kukar = kukarVillages();
  private next = 0;

  take(): Village {
    const index = this.next++;
    if (index < this.kukar.length) return this.kukar[index];
    const synthetic = index - this.kukar.length;
    const district = 50 + Math.floor(synthetic / 999);
    if (district > 99) throw new Error('the bench ran out of synthetic village codes');
    const regionCode = `64.02.${district}.2${String(1 + (synthetic % 999)).padStart(3, '0')}`;
    parseRegionCode(regionCode); // throws if the scheme would refuse it
    return { regionCode, district: `Kecamatan Sintetis ${district}`, village: `Desa Sintetis ${regionCode}`, kind: 'DESA' };
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
