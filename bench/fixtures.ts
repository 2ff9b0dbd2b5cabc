import { parseRegionCode } from '@kdmp/domain';
import { businessPlanFor, FixtureVillage, kukarVillages, registrationFor as registrationBody } from '@kdmp/testing';

/**
 * Registration and plan bodies from libs/testing: Kukar's 237 villages first, then synthetic
 * desa codes in districts 64.02.50–64.02.99, which parseRegionCode accepts.
 */
export class VillageSequence {
  private readonly kukar: FixtureVillage[] = kukarVillages();
  private next = 0;

  take(): FixtureVillage {
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
export function registrationFor(village: FixtureVillage, officer: { email: string; password: string } | null): Record<string, unknown> {
  return registrationBody(village, { officer: officer ?? undefined });
}

/** A plan within PMK-49-2025 that passes screening: rice milling, seeking an offtaker. */
export const businessPlan = (): Record<string, unknown> => businessPlanFor();
