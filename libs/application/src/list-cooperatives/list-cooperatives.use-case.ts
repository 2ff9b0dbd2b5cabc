import { Injectable } from '@nestjs/common';
import type { Principal } from '@kdmp/auth';
import { CooperativeRepository, CooperativeSearch } from '@kdmp/persistence';
import { CooperativeView, toCooperativeView } from '../common/cooperative.view';
import { Page } from '../common/page';

/** The cooperative office's (and a reviewer's, in its regions) list of cooperatives. */
@Injectable()
export class ListCooperativesUseCase {
  constructor(private readonly cooperatives: CooperativeRepository) {}

  async execute(viewer: Principal, search: CooperativeSearch): Promise<Page<CooperativeView>> {
    const [cooperatives, total] = await this.cooperatives.search(viewer, search);
    return { items: cooperatives.map(toCooperativeView), total, limit: search.limit, offset: search.offset };
  }
}
