import { Injectable } from '@nestjs/common';
import { CooperativeRepository } from '@kdmp/persistence';
import { ApplicationError } from '../shared/application-error';
import { CooperativeView, toCooperativeView } from '../shared/cooperative.view';

@Injectable()
export class GetCooperativeUseCase {
  constructor(private readonly cooperatives: CooperativeRepository) {}

  async execute(cooperativeId: string): Promise<CooperativeView> {
    const cooperative = await this.cooperatives.findById(cooperativeId);
    if (!cooperative) throw ApplicationError.notFound('The cooperative');
    return toCooperativeView(cooperative);
  }
}
