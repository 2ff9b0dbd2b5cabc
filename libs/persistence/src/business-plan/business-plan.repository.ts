import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { NewBusinessPlan } from '@kdmp/domain';
import { BusinessPlanEntity, BusinessPlanStatus } from '../entities';
import { CHANGED_MARKER, CompanionWrite } from '../unit-of-work/companion-write';
import { EntityRows } from '../sql/entity-rows';

@Injectable()
export class BusinessPlanRepository {
  private readonly rows: EntityRows<BusinessPlanEntity>;

  constructor(@InjectRepository(BusinessPlanEntity) private readonly plans: Repository<BusinessPlanEntity>) {
    this.rows = new EntityRows(plans);
  }

  /** The next revision number; the cooperative's compare-and-set serialises concurrent submissions. */
  async nextRevision(cooperativeId: string, tx?: EntityManager): Promise<number> {
    const [row] = (await (tx ?? this.plans.manager).query(
      `SELECT coalesce(max(revision), 0) + 1 AS revision FROM business_plans WHERE cooperative_id = $1`,
      [cooperativeId],
    )) as { revision: number }[];
    return Number(row.revision);
  }

  /** The new plan, written with the transition that submits it (which makes it current). */
  insertion(plan: BusinessPlanEntity): CompanionWrite {
    return this.rows.insertion([plan]);
  }

  statusChange(planId: string, status: BusinessPlanStatus, screeningFailures?: object[]): CompanionWrite {
    return {
      sql: `UPDATE business_plans SET status = $2, screening_failures = coalesce($3::jsonb, screening_failures)
             WHERE id = $1 AND ${CHANGED_MARKER}`,
      parameters: [planId, status, screeningFailures === undefined ? null : JSON.stringify(screeningFailures)],
    };
  }

  /** With a withdrawal: the plan in flight (submitted or in review) is withdrawn too. */
  withdrawCurrent(cooperativeId: string): CompanionWrite {
    return {
      sql: `UPDATE business_plans p SET status = 'WITHDRAWN'
              FROM cooperatives c
             WHERE c.id = $1 AND p.id = c.current_business_plan_id AND p.status IN ('SUBMITTED', 'IN_REVIEW') AND ${CHANGED_MARKER}`,
      parameters: [cooperativeId],
    };
  }

  findById(id: string): Promise<BusinessPlanEntity | null> {
    return this.plans.findOneBy({ id });
  }

  /** Newest first. */
  listFor(cooperativeId: string): Promise<BusinessPlanEntity[]> {
    return this.plans.find({ where: { cooperativeId }, order: { revision: 'DESC' } });
  }
}

/** A submitted plan as its row. */
export function businessPlanOf(plan: NewBusinessPlan): BusinessPlanEntity {
  const { monthlyCapacity, submittedAt, ...fields } = plan;
  return Object.assign(new BusinessPlanEntity(), {
    ...fields,
    commodities: [...plan.commodities],
    seekingRoles: [...plan.seekingRoles],
    monthlyCapacityQuantity: monthlyCapacity.quantity,
    monthlyCapacityUnit: monthlyCapacity.unit,
    status: 'SUBMITTED',
    screeningFailures: null,
    createdAt: submittedAt,
  } satisfies BusinessPlanEntity);
}
