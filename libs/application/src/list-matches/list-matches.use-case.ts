import { Injectable } from '@nestjs/common';
import { CooperativeViewer, MatchRepository, MatchStatus } from '@kdmp/persistence';
import { Page } from '../common/page';
import { MatchView, toMatchView } from '../common/match.view';

/** Matches a caller may see: a partner its own, an officer its cooperative's, admins all. */
@Injectable()
export class ListMatchesUseCase {
  constructor(private readonly matches: MatchRepository) {}

  async execute(viewer: CooperativeViewer, query: { status?: MatchStatus; limit: number; offset: number }): Promise<Page<MatchView>> {
    const [matches, total] = await this.matches.list(viewer, query);
    return { items: matches.map(toMatchView), total, limit: query.limit, offset: query.offset };
  }
}
