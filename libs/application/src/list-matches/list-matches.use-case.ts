import { Injectable } from '@nestjs/common';
import { CooperativeViewer, MatchRepository, MatchStatus, PartnerRepository } from '@kdmp/persistence';
import { Page } from '../common/page';
import { MatchView, toMatchViewWithPartner } from '../common/match.view';

/**
 * Matches a caller may see: a partner its own, an officer its cooperative's, admins all. Each
 * carries its partner's public profile (one query for the page's partners), so an officer
 * learns who proposed, and whom to call once accepted.
 */
@Injectable()
export class ListMatchesUseCase {
  constructor(
    private readonly matches: MatchRepository,
    private readonly partners: PartnerRepository,
  ) {}

  async execute(viewer: CooperativeViewer, query: { status?: MatchStatus; limit: number; offset: number }): Promise<Page<MatchView>> {
    const [matches, total] = await this.matches.list(viewer, query);
    const partners = new Map(
      (await this.partners.findByIds([...new Set(matches.map((match) => match.partnerId))])).map((partner) => [partner.id, partner]),
    );
    const items = matches.map((match) => toMatchViewWithPartner(match, partners.get(match.partnerId)));
    return { items, total, limit: query.limit, offset: query.offset };
  }
}
