import { Injectable } from '@nestjs/common';
import { CooperativeRepository } from '@kdmp/persistence';
import { COOPERATIVE_STATES } from '@kdmp/domain';

export interface FunnelStats {
  regencyCode: string | null;
  total: number;
  byState: Record<string, number>;
  byDistrict: { districtCode: string; district: string; total: number; byState: Record<string, number> }[];
}

/**
 * Cooperatives per state and per district. Counted from the (state, regency, district) index
 * of the cooperatives table, never from the event history.
 */
@Injectable()
export class GetFunnelStatsUseCase {
  constructor(private readonly cooperatives: CooperativeRepository) {}

  async execute(regencyCode?: string): Promise<FunnelStats> {
    const rows = await this.cooperatives.countByDistrictAndState(regencyCode);
    const zero = () => Object.fromEntries(COOPERATIVE_STATES.map((state) => [state, 0])) as Record<string, number>;
    const byState = zero();
    const districts = new Map<string, FunnelStats['byDistrict'][number]>();
    for (const row of rows) {
      byState[row.state] += row.count;
      const district = districts.get(row.districtCode) ?? { districtCode: row.districtCode, district: row.district, total: 0, byState: zero() };
      district.byState[row.state] += row.count;
      district.total += row.count;
      districts.set(row.districtCode, district);
    }
    return {
      regencyCode: regencyCode ?? null,
      total: Object.values(byState).reduce((sum, count) => sum + count, 0),
      byState,
      byDistrict: [...districts.values()],
    };
  }
}
