import { Injectable } from '@nestjs/common';
import { CooperativeRepository, CooperativeViewer } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';
import { CooperativeView, toCooperativeView } from '../common/cooperative.view';

@Injectable()
export class GetCooperativeUseCase {
  constructor(private readonly cooperatives: CooperativeRepository) {}

  async execute(cooperativeId: string, viewer: CooperativeViewer): Promise<CooperativeView> {
    const cooperative = await this.cooperatives.findVisible(cooperativeId, viewer);
    if (!cooperative) throw ApplicationError.notFound('The cooperative');
    const view = toCooperativeView(cooperative);
    if (viewer.role !== 'PARTNER') return view;
    // A partner sees the public profile: never the bank identifiers, the contacts once it accepted.
    const partnered = await this.cooperatives.isPartneredWith(cooperative.id, viewer.partnerId!);
    return {
      ...view,
      legalEntityNumber: null,
      cooperativeNumber: null,
      taxNumber: null,
      businessNumber: null,
      bankAccount: null,
      contactEmail: partnered ? view.contactEmail : null,
      contactPhone: partnered ? view.contactPhone : null,
    };
  }
}
