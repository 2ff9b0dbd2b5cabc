import { Injectable } from '@nestjs/common';
import { BusinessPlanRepository, MatchRepository, ReviewRepository } from '@kdmp/persistence';
import { CooperativeTransitioner } from '../common/cooperative-transitioner';
import { CooperativeView, toCooperativeView } from '../common/cooperative.view';
import { WithdrawCooperativeCommand } from './withdraw-cooperative.command';

/**
 * Takes a cooperative out of the pipeline from any state the transition table allows. An open
 * review closes with it (its stage's reviewers are told), open proposals lapse (their
 * partners are told), and the plan in flight is withdrawn.
 */
@Injectable()
export class WithdrawCooperativeUseCase {
  constructor(
    private readonly transitioner: CooperativeTransitioner,
    private readonly reviews: ReviewRepository,
    private readonly matches: MatchRepository,
    private readonly plans: BusinessPlanRepository,
  ) {}

  async execute(command: WithdrawCooperativeCommand): Promise<CooperativeView> {
    // Read before the transition; a review opened since then changes the version (409).
    const [openReview, openProposals] = await Promise.all([
      this.reviews.findOpenFor(command.cooperativeId),
      this.matches.openFor(command.cooperativeId),
    ]);
    const result = await this.transitioner.apply({
      cooperativeId: command.cooperativeId,
      command: 'withdraw',
      viewer: command.viewer,
      expectedVersion: command.expectedVersion,
      actor: command.actor,
      correlationId: command.correlationId,
      events: () => [
        {
          type: 'cooperative.withdrawn',
          payload: {
            ...(command.reason ? { reason: command.reason } : {}),
            ...(openReview ? { reviewId: openReview.id, stage: openReview.openStage! } : {}),
            ...(openProposals.length > 0 ? { partnerIds: [...new Set(openProposals.map((match) => match.partnerId))] } : {}),
          },
        },
      ],
      companions: [
        ...(openReview ? [this.reviews.advancement(openReview.id, { openStage: null, stageDeadlineAt: null, status: 'WITHDRAWN' })] : []),
        // Open proposals lapse with the withdrawal; their partners are told.
        this.matches.lapseOpenProposals(command.cooperativeId),
        this.plans.withdrawCurrent(command.cooperativeId),
      ],
    });
    if (result.kind !== 'committed') throw new Error('a command without an inbox record cannot be a duplicate');
    return toCooperativeView(result.cooperative);
  }
}
