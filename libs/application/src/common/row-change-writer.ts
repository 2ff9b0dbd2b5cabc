import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RowChange } from '@kdmp/domain';
import {
  BusinessPlanRepository,
  businessPlanOf,
  CompanionWrite,
  CooperativeProfileChanges,
  CooperativeRepository,
  MatchRepository,
  matchOf,
  PartnerRepository,
  ReviewRepository,
  reviewOf,
  stageDecisionOf,
} from '@kdmp/persistence';
import { RowChangeRefused } from './row-change-refused';

/** How a decision's row changes are written with its transition. */
export interface RowChangeWrites {
  /** Written inside the transition's one statement; `changeIndex` is the change it came from. */
  companions: { changeIndex: number; write: CompanionWrite }[];
  /**
   * Conditional writes, run first in a transaction around the transition; each throws
   * RowChangeRefused when its row is no longer as the decision assumed.
   */
  conditional: ((tx: EntityManager) => Promise<void>)[];
}

/**
 * Turns the domain's description of the rows a decision changes into the writes of
 * @kdmp/persistence. The only place that knows which repository owns which change.
 */
@Injectable()
export class RowChangeWriter {
  constructor(
    private readonly plans: BusinessPlanRepository,
    private readonly reviews: ReviewRepository,
    private readonly matches: MatchRepository,
    private readonly partners: PartnerRepository,
    private readonly cooperatives: CooperativeRepository,
  ) {}

  writesFor(changes: readonly RowChange[]): RowChangeWrites {
    const writes: RowChangeWrites = { companions: [], conditional: [] };
    changes.forEach((change, changeIndex) => {
      const companion = this.companionFor(change);
      if (companion) writes.companions.push({ changeIndex, write: companion });
      else writes.conditional.push((tx) => this.writeConditional(tx, change));
    });
    return writes;
  }

  private companionFor(change: RowChange): CompanionWrite | null {
    switch (change.kind) {
      case 'business-plan-submitted':
        return this.plans.insertion(businessPlanOf(change.plan));
      case 'business-plan-status-changed':
        return this.plans.statusChange(change.planId, change.status, change.screeningFailures?.map((reason) => ({ ...reason })));
      case 'current-business-plan-withdrawn':
        return this.plans.withdrawCurrent(change.cooperativeId);
      case 'review-opened':
        return this.reviews.insertion(reviewOf(change.review));
      case 'review-moved-on':
        return this.reviews.advancement(change.reviewId, change);
      case 'stage-decided':
        return this.reviews.decisionInsertion(stageDecisionOf(change.decision));
      case 'matches-proposed':
        return this.matches.insertion(change.matches.map(matchOf));
      case 'open-proposals-lapsed':
        return this.matches.lapseOpenProposals(change.cooperativeId);
      case 'match-answered':
      case 'partner-capacity-reserved':
      case 'profile-corrected':
        return null;
    }
  }

  private async writeConditional(tx: EntityManager, change: RowChange): Promise<void> {
    switch (change.kind) {
      case 'match-answered':
        if (!(await this.matches.decide(tx, change.matchId, change.status, change))) {
          throw new RowChangeRefused(change, 'The match was answered at the same time.');
        }
        return;
      case 'partner-capacity-reserved':
        if (!(await this.partners.reserveCapacity(tx, change.partnerId))) {
          throw new RowChangeRefused(change, 'Your organisation is at capacity: raise it before accepting.', { reason: 'AT_CAPACITY' });
        }
        return;
      case 'profile-corrected':
        // Gated on the version the decision was made on; the transition's compare-and-set then
        // refuses a stale one and the transaction rolls this back with it.
        await this.cooperatives.updateProfile(tx, change.cooperativeId, change.expectedVersion, change.columns as CooperativeProfileChanges);
        return;
      default:
        throw new Error(`${change.kind} is written in the transition's statement, not before it`);
    }
  }
}
