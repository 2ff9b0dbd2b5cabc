import { Injectable } from '@nestjs/common';
import { CooperativeState, decideWithdrawal } from '@kdmp/domain';
import { MatchRepository, ReviewRepository } from '@kdmp/persistence';
import { CooperativeTransitioner } from '../common/cooperative-transitioner';
import { CooperativeView, toCooperativeView } from '../common/cooperative.view';
import { WithdrawCooperativeCommand } from './withdraw-cooperative.command';

/**
 * Takes a cooperative out of the pipeline from any state the transition table allows; what
 * closes with it is the domain's decision (decideWithdrawal).
 */
@Injectable()
export class WithdrawCooperativeUseCase {
  constructor(
    private readonly transitioner: CooperativeTransitioner,
    private readonly reviews: ReviewRepository,
    private readonly matches: MatchRepository,
  ) {}

  async execute(command: WithdrawCooperativeCommand): Promise<CooperativeView> {
    // Read before the cooperative: a review opened since then changes its version (409).
    const [openReview, openProposals] = await Promise.all([
      this.reviews.findOpenFor(command.cooperativeId),
      this.matches.openFor(command.cooperativeId),
    ]);
    const cooperative = await this.transitioner.load(command.cooperativeId, {
      viewer: command.viewer,
      expectedVersion: command.expectedVersion,
    });
    const result = await this.transitioner.commit({
      cooperative,
      decision: decideWithdrawal(cooperative.state as CooperativeState, {
        cooperativeId: cooperative.id,
        reason: command.reason,
        openReview,
        openProposals,
      }),
      expectedVersion: command.expectedVersion,
      actor: command.actor,
      correlationId: command.correlationId,
    });
    if (result.kind !== 'committed') throw new Error('a command without an inbox record cannot be a duplicate');
    return toCooperativeView(result.cooperative);
  }
}
