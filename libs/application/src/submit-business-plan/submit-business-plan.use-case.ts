import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { CooperativeState, decidePlanSubmission, NewBusinessPlan, planPolicyProblems, policyInForce } from '@kdmp/domain';
import { BusinessPlanRepository, businessPlanOf, uniqueViolation } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';
import { CooperativeTransitioner } from '../common/cooperative-transitioner';
import { BusinessPlanView, toBusinessPlanView } from '../common/business-plan.view';
import { SubmitBusinessPlanCommand } from './submit-business-plan.command';

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
  ) {}

  async execute(command: SubmitBusinessPlanCommand): Promise<SubmittedBusinessPlan> {
    const submittedAt = new Date();
    const policy = policyInForce(submittedAt);
    const problems = planPolicyProblems(command.plan, policy);
    if (problems.length > 0) throw new ApplicationError('INVALID_INPUT', 'The business plan is outside the financing policy.', problems);
    const scope = { viewer: command.viewer, expectedVersion: command.expectedVersion };
    // Concurrent submissions read the same number; the cooperative's compare-and-set lets one win.
    const [cooperative, revision] = await Promise.all([
      this.transitioner.load(command.cooperativeId, scope),
      this.plans.nextRevision(command.cooperativeId),
    ]);
    const plan: NewBusinessPlan = {
      ...command.plan,
      id: uuidv7(),
      cooperativeId: command.cooperativeId,
      revision,
      commodities: [...new Set(command.plan.commodities)],
      seekingRoles: [...new Set(command.plan.seekingRoles)],
      monthlyCapacity: { ...command.plan.monthlyCapacity },
      policyVersion: policy.version,
      submittedBy: command.actor.userId,
      submittedAt,
    };
    const decision = decidePlanSubmission(cooperative.state as CooperativeState, plan);
    try {
      const result = await this.transitioner.commit({
        cooperative,
        decision,
        expectedVersion: command.expectedVersion,
        actor: command.actor,
        correlationId: command.correlationId,
      });
      if (result.kind !== 'committed') throw new Error('a command without an inbox record cannot be a duplicate');
      return {
        ...toBusinessPlanView(businessPlanOf(plan)),
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
