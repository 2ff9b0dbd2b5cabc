import { Injectable } from '@nestjs/common';
import { BusinessPlanRepository, CooperativeRepository, CooperativeViewer, MatchRepository } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';
import { BusinessPlanView, toBusinessPlanView } from '../common/business-plan.view';

/**
 * A cooperative's plans, newest first, for those who may see the cooperative. A partner
 * matched with it sees the plans it was asked to back, without the screening's findings
 * (they speak of the cooperative's identifiers and bank account, which a partner never sees).
 */
@Injectable()
export class ListBusinessPlansUseCase {
  constructor(
    private readonly cooperatives: CooperativeRepository,
    private readonly plans: BusinessPlanRepository,
    private readonly matches: MatchRepository,
  ) {}

  async execute(cooperativeId: string, viewer: CooperativeViewer): Promise<BusinessPlanView[]> {
    if (!(await this.cooperatives.findVisible(cooperativeId, viewer))) throw ApplicationError.notFound('The cooperative');
    const plans = (await this.plans.listFor(cooperativeId)).map(toBusinessPlanView);
    if (viewer.role !== 'PARTNER') return plans;
    const proposed = new Set(await this.matches.planIdsProposedTo(cooperativeId, viewer.partnerId!));
    return plans.filter((plan) => proposed.has(plan.id)).map((plan) => ({ ...plan, screeningFailures: null }));
  }
}
