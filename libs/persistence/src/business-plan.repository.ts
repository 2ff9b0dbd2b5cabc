import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { BusinessPlanEntity, BusinessPlanStatus } from './entities';

@Injectable()
export class BusinessPlanRepository {
  constructor(@InjectRepository(BusinessPlanEntity) private readonly plans: Repository<BusinessPlanEntity>) {}

  /** The next revision number; the cooperative's compare-and-set serialises concurrent submissions. */
  async nextRevision(tx: EntityManager, cooperativeId: string): Promise<number> {
    const [row] = (await tx.query(
      `SELECT coalesce(max(revision), 0) + 1 AS revision FROM business_plans WHERE cooperative_id = $1`,
      [cooperativeId],
    )) as { revision: number }[];
    return Number(row.revision);
  }

  async insert(tx: EntityManager, plan: BusinessPlanEntity): Promise<void> {
    await tx.insert(BusinessPlanEntity, plan);
    await tx.query(`UPDATE cooperatives SET current_business_plan_id = $2 WHERE id = $1`, [plan.cooperativeId, plan.id]);
  }

  async setStatus(
    tx: EntityManager,
    planId: string,
    status: BusinessPlanStatus,
    screeningFailures?: object[],
  ): Promise<void> {
    await tx.query(
      `UPDATE business_plans SET status = $2, screening_failures = coalesce($3::jsonb, screening_failures) WHERE id = $1`,
      [planId, status, screeningFailures === undefined ? null : JSON.stringify(screeningFailures)],
    );
  }

  findById(id: string): Promise<BusinessPlanEntity | null> {
    return this.plans.findOneBy({ id });
  }

  /** Newest first. */
  listFor(cooperativeId: string): Promise<BusinessPlanEntity[]> {
    return this.plans.find({ where: { cooperativeId }, order: { revision: 'DESC' } });
  }
}
