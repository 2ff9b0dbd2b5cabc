import { Injectable } from '@nestjs/common';
import { CooperativeRepository, CooperativeViewer, PartnerRepository } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';
import { Page } from '../common/page';
import { PartnerPublicView, PartnerView, toPartnerPublicView, toPartnerView } from '../common/partner.view';

/**
 * Admins see every partner; a partner's users only their own organisation; a cooperative's
 * officers the public profile of a partner they were matched with (GET only).
 */
@Injectable()
export class ListPartnersUseCase {
  constructor(
    private readonly partners: PartnerRepository,
    private readonly cooperatives: CooperativeRepository,
  ) {}

  async list(viewer: CooperativeViewer, page: { limit: number; offset: number }): Promise<Page<PartnerView>> {
    const [partners, total] = await this.partners.list(viewer, page);
    return { items: partners.map(toPartnerView), total, ...page };
  }

  async get(partnerId: string, viewer: CooperativeViewer): Promise<PartnerView | PartnerPublicView> {
    const partner = await this.partners.findVisible(partnerId, viewer);
    if (!partner) throw ApplicationError.notFound('The partner');
    if (viewer.role !== 'COOPERATIVE') return toPartnerView(partner);
    return toPartnerPublicView(partner, await this.cooperatives.isPartneredWith(viewer.cooperativeId!, partner.id));
  }
}
