import { RegionDirectory } from '@kdmp/regions';
import { businessPlanFor, FixtureVillage, kukarVillages, registrationFor as registrationBody } from '@kdmp/testing';

/** A village with the regency and province names registration checks against its code. */
export type Village = FixtureVillage & { regency?: string; province?: string };

/**
 * Registration and plan bodies from libs/testing: Kukar's 237 villages first, then the other
 * villages of the national list in code order, from Kalimantan Timur (64) on (registration
 * refuses a code that is not on the list). Beyond Kukar, the partner that serves only 64.02
 * does not reach.
 */
export class VillageSequence {
  private readonly kukar: FixtureVillage[] = kukarVillages();
  private readonly beyond = villagesBeyondKukar();
  private next = 0;

  take(): Village {
    const index = this.next++;
    if (index < this.kukar.length) return this.kukar[index];
    const village = this.beyond.next();
    if (village.done) throw new Error('the bench ran out of villages on the national list');
    return village.value;
  }
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

/** A valid registration; `officer` null for an import row (officers are not imported). */
export function registrationFor(village: Village, officer: { email: string; password: string } | null): Record<string, unknown> {
  const names = village.regency && village.province ? { regency: village.regency, province: village.province } : {};
  return registrationBody(village, { ...names, officer: officer ?? undefined });
}

/** A plan within PMK-49-2025 that passes screening: rice milling, seeking an offtaker. */
export const businessPlan = (): Record<string, unknown> => businessPlanFor();
