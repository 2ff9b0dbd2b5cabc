import { Injectable } from '@nestjs/common';
import { BusinessPlanRepository, CooperativeRepository, CooperativeViewer } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';
import { BusinessPlanView, toBusinessPlanView } from '../common/business-plan.view';

/** A cooperative's plans, newest first, for those who may see the cooperative. */
@Injectable()
export class ListBusinessPlansUseCase {
  constructor(
    private readonly cooperatives: CooperativeRepository,
    private readonly plans: BusinessPlanRepository,
  ) {}

  async execute(cooperativeId: string, viewer: CooperativeViewer): Promise<BusinessPlanView[]> {
    if (!(await this.cooperatives.findVisible(cooperativeId, viewer))) throw ApplicationError.notFound('The cooperative');
    return (await this.plans.listFor(cooperativeId)).map(toBusinessPlanView);
  }
}
