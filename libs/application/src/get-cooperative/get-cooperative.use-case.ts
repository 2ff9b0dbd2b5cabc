import { Injectable } from '@nestjs/common';
import { CooperativeRepository, CooperativeViewer } from '@kdmp/persistence';
import { ApplicationError } from '../shared/application-error';
import { CooperativeView, toCooperativeView } from '../shared/cooperative.view';

@Injectable()
export class GetCooperativeUseCase {
  constructor(private readonly cooperatives: CooperativeRepository) {}

  async execute(cooperativeId: string, viewer: CooperativeViewer): Promise<CooperativeView> {
    const cooperative = await this.cooperatives.findVisible(cooperativeId, viewer);
    if (!cooperative) throw ApplicationError.notFound('The cooperative');
    return toCooperativeView(cooperative);
  }
}
