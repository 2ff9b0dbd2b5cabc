import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { FinancingPolicy, policyInForce } from '@kdmp/domain';
import { BusinessPlanEntity, BusinessPlanRepository, uniqueViolation } from '@kdmp/persistence';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApplicationError, FieldProblem } from '../common/application-error';
import { CooperativeTransitioner } from '../common/cooperative-transitioner';
import { BusinessPlanView, toBusinessPlanView } from '../common/business-plan.view';
import { BusinessPlanInput, SubmitBusinessPlanCommand } from './submit-business-plan.command';

export interface SubmittedBusinessPlan extends BusinessPlanView {
  cooperativeState: string;
  cooperativeVersion: number;
}

/**
 * An officer submits (or resubmits) its cooperative's business plan: a new revision, judged
 * by the policy in force now. Limits the policy states outright are refused here (400); the
 * cooperative-level rules are the workflow's screening.
 */
@Injectable()
export class SubmitBusinessPlanUseCase {
  constructor(
    private readonly transitioner: CooperativeTransitioner,
    private readonly plans: BusinessPlanRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async execute(command: SubmitBusinessPlanCommand): Promise<SubmittedBusinessPlan> {
    const policy = policyInForce(new Date());
    const problems = policyProblems(command.plan, policy);
    if (problems.length > 0) throw new ApplicationError('INVALID_INPUT', 'The business plan is outside the financing policy.', problems);
    // Concurrent submissions read the same number; the cooperative's compare-and-set lets one win.
    const revision = await this.plans.nextRevision(this.dataSource.manager, command.cooperativeId);
    const plan = Object.assign(new BusinessPlanEntity(), {
      id: uuidv7(),
      cooperativeId: command.cooperativeId,
      revision,
      title: command.plan.title,
      summary: command.plan.summary,
      sector: command.plan.sector,
      commodities: [...new Set(command.plan.commodities)],
      capexAmount: command.plan.capexAmount,
      opexAmount: command.plan.opexAmount,
      tenorMonths: command.plan.tenorMonths,
      gracePeriodMonths: command.plan.gracePeriodMonths,
      projectedAnnualRevenue: command.plan.projectedAnnualRevenue,
      seekingRoles: [...new Set(command.plan.seekingRoles)],
      monthlyCapacityQuantity: command.plan.monthlyCapacity.quantity,
      monthlyCapacityUnit: command.plan.monthlyCapacity.unit,
      exportReady: command.plan.exportReady,
      policyVersion: policy.version,
      status: 'SUBMITTED',
      screeningFailures: null,
      submittedBy: command.actor.userId,
      createdAt: new Date(),
    } satisfies BusinessPlanEntity);
    try {
      const result = await this.transitioner.apply({
        cooperativeId: command.cooperativeId,
        command: 'submit-business-plan',
        viewer: command.viewer,
        expectedVersion: command.expectedVersion,
        actor: command.actor,
        correlationId: command.correlationId,
        events: () => [
          {
            type: 'business-plan.submitted',
            payload: {
              businessPlanId: plan.id,
              revision,
              requestedAmount: plan.capexAmount + plan.opexAmount,
              policyVersion: policy.version,
            },
          },
        ],
        companions: [this.plans.insertion(plan)],
        currentBusinessPlanId: plan.id,
      });
      if (result.kind !== 'committed') throw new Error('a command without an inbox record cannot be a duplicate');
      return {
        ...toBusinessPlanView(plan),
        cooperativeState: result.cooperative.state,
        cooperativeVersion: result.cooperative.version,
      };
    } catch (error) {
      if (uniqueViolation(error)?.constraint === 'business_plans_cooperative_revision_key') {
        throw new ApplicationError('VERSION_CONFLICT', 'Another plan was submitted at the same time; read again and retry.');
      }
      throw error;
    }
  }
}

function policyProblems(plan: BusinessPlanInput, policy: FinancingPolicy): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const requested = plan.capexAmount + plan.opexAmount;
  if (requested <= 0) problems.push({ field: 'capexAmount', message: 'the requested amount (capex + opex) must be above zero' });
  if (requested > policy.ceilingAmount) {
    problems.push({ field: 'capexAmount', message: `capex + opex is above the ceiling of ${policy.ceilingAmount} (${policy.version})` });
  }
  if (plan.opexAmount > policy.operatingCostCeiling) {
    problems.push({ field: 'opexAmount', message: `operating costs are above ${policy.operatingCostCeiling} (${policy.version})` });
  }
  if (plan.tenorMonths < policy.tenorMonths.min || plan.tenorMonths > policy.tenorMonths.max) {
    problems.push({ field: 'tenorMonths', message: `the tenor must be ${policy.tenorMonths.min} to ${policy.tenorMonths.max} months` });
  }
  if (plan.gracePeriodMonths < policy.gracePeriodMonths.min || plan.gracePeriodMonths > policy.gracePeriodMonths.max) {
    problems.push({
      field: 'gracePeriodMonths',
      message: `the grace period must be ${policy.gracePeriodMonths.min} to ${policy.gracePeriodMonths.max} months`,
    });
  } else if (plan.gracePeriodMonths >= plan.tenorMonths) {
    problems.push({ field: 'gracePeriodMonths', message: 'the grace period must be shorter than the tenor' });
  }
  return problems;
}
