import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(regencyCode?: string): Promise<FunnelStats> {
    const rows = (await this.dataSource.query(
      `SELECT district_code, min(district) AS district, state, count(*)::int AS count
         FROM cooperatives
        WHERE ($1::text IS NULL OR regency_code = $1)
        GROUP BY district_code, state
        ORDER BY district_code, state`,
      [regencyCode ?? null],
    )) as { district_code: string; district: string; state: string; count: number }[];
    const zero = () => Object.fromEntries(COOPERATIVE_STATES.map((state) => [state, 0])) as Record<string, number>;
    const byState = zero();
    const districts = new Map<string, FunnelStats['byDistrict'][number]>();
    for (const row of rows) {
      byState[row.state] += row.count;
      const district = districts.get(row.district_code) ?? { districtCode: row.district_code, district: row.district, total: 0, byState: zero() };
      district.byState[row.state] += row.count;
      district.total += row.count;
      districts.set(row.district_code, district);
    }
    return {
      regencyCode: regencyCode ?? null,
      total: Object.values(byState).reduce((sum, count) => sum + count, 0),
      byState,
      byDistrict: [...districts.values()],
    };
  }
}
