import { Injectable } from '@nestjs/common';
import { actorOf } from '@kdmp/auth';
import { CooperativeState, decideReviewStage, verdictProblems } from '@kdmp/domain';
import { ReviewRepository, stageDecisionOf, uniqueViolation } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';
import { CooperativeTransitioner, retryWhenRaced } from '../common/cooperative-transitioner';
import { StageClock } from '../common/stage-clock';
import { ReviewView, toReviewView } from '../common/review.view';
import { DecideReviewStageCommand } from './decide-review-stage.command';

/**
 * A reviewer decides the open stage of a review: approve (the next stage opens, or the
 * financing is approved at the last), reject, or send the plan back for revision. The domain
 * decides the outcome (decideReviewStage); this loads what it needs and commits it.
 */
@Injectable()
export class DecideReviewStageUseCase {
  constructor(
    private readonly reviews: ReviewRepository,
    private readonly transitioner: CooperativeTransitioner,
    private readonly clock: StageClock,
  ) {}

  execute(command: DecideReviewStageCommand): Promise<ReviewView> {
    return retryWhenRaced(command.expectedVersion, () => this.attempt(command));
  }

  private async attempt(request: DecideReviewStageCommand): Promise<ReviewView> {
    const { reviewer } = request;
    // The decisions are read beside the review, not after it: one wait instead of two.
    const [review, previous] = await Promise.all([
      this.reviews.findVisible(request.reviewId, reviewer),
      this.reviews.decisionsOf(request.reviewId),
    ]);
    if (!review) throw ApplicationError.notFound('The review');
    if (request.stage === undefined && (review.status !== 'OPEN' || review.openStage === null)) {
      throw new ApplicationError('CONFLICT', 'The review has no open stage to decide.', [], { openStage: null });
    }
    // Naming the stage is optional: only one is open at a time, and naming it guards against a race.
    const command = { ...request, stage: request.stage ?? review.openStage! };
    if (!reviewer.stages.includes(command.stage)) {
      throw new ApplicationError('FORBIDDEN', `You are not assigned to decide ${command.stage}.`);
    }
    if (review.status !== 'OPEN' || review.openStage !== command.stage) {
      throw new ApplicationError('CONFLICT', `Stage ${command.stage} is not open.`, [], { openStage: review.openStage });
    }
    const verdict = { ...command, reviewerId: reviewer.userId };
    const problems = verdictProblems(review, verdict);
    if (problems.length > 0) throw new ApplicationError('INVALID_INPUT', 'The decision is not valid.', problems);

    const cooperative = await this.transitioner.load(review.cooperativeId, { expectedVersion: command.expectedVersion });
    const decision = decideReviewStage(cooperative.state as CooperativeState, {
      review,
      verdict,
      previousDeciders: previous.map((decided) => decided.reviewerId),
      decidedAt: new Date(),
      scheduleStage: (openedAt) => this.clock.schedule(openedAt),
    });
    try {
      const result = await this.transitioner.commit({
        cooperative,
        decision,
        expectedVersion: command.expectedVersion,
        actor: actorOf(reviewer),
        correlationId: command.correlationId,
      });
      if (result.kind !== 'committed') throw new Error('a command without an inbox record cannot be a duplicate');
      // What was committed, without reading it back: the review from its UPDATE … RETURNING
      // (the decision's first change), the decisions as read plus the one written.
      const recorded = decision.changes.find((change) => change.kind === 'stage-decided')!;
      return toReviewView(this.reviews.returnedReview(result.returned[0][0]), [...previous, stageDecisionOf(recorded.decision)]);
    } catch (error) {
      throw explainConstraint(error);
    }
  }
}

/** Two reviewers racing on one stage, or one reviewer on two stages: the database says no. */
function explainConstraint(error: unknown): unknown {
  const violation = uniqueViolation(error);
  if (violation?.constraint === 'review_decisions_pkey') {
    return new ApplicationError('CONFLICT', 'This stage was decided at the same time by someone else.');
  }
  if (violation?.constraint === 'review_decisions_four_eyes_key') {
    return new ApplicationError('FORBIDDEN', 'You decided another stage of this review (four eyes).');
  }
  return error;
}
