import { Injectable } from '@nestjs/common';
import { CooperativeViewer, PartnerRepository } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';
import { Page } from '../common/page';
import { PartnerView, toPartnerView } from '../common/partner.view';

/** Admins see every partner; a partner's users only their own organisation. */
@Injectable()
export class ListPartnersUseCase {
  constructor(private readonly partners: PartnerRepository) {}

  async list(viewer: CooperativeViewer, page: { limit: number; offset: number }): Promise<Page<PartnerView>> {
    const [partners, total] = await this.partners.list(viewer, page);
    return { items: partners.map(toPartnerView), total, ...page };
  }

  async get(partnerId: string, viewer: CooperativeViewer): Promise<PartnerView> {
    const partner = await this.partners.findVisible(partnerId, viewer);
    if (!partner) throw ApplicationError.notFound('The partner');
    return toPartnerView(partner);
  }
}
