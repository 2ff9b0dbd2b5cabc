import { Injectable } from '@nestjs/common';
import type { NewDomainEvent, OutgoingJob } from '@kdmp/contracts';
import { actorOf } from '@kdmp/auth';
import { assertFourEyes, isLastStage, nextStage, reviewDecisionCommand } from '@kdmp/domain';
import {
  BusinessPlanRepository,
  CompanionWrite,
  ReviewDecisionEntity,
  ReviewEntity,
  ReviewRepository,
  uniqueViolation,
} from '@kdmp/persistence';
import { ApplicationError, FieldProblem } from '../common/application-error';
import { CooperativeTransitioner } from '../common/cooperative-transitioner';
import { StageClock } from '../common/stage-clock';
import { ReviewView, toReviewView } from '../common/review.view';
import { DecideReviewStageCommand } from './decide-review-stage.command';

interface Outcome {
  events: NewDomainEvent[];
  jobs: OutgoingJob[];
  /** The review's own change (first: it returns the review as it then is), and the plan's. */
  writes: [CompanionWrite, ...CompanionWrite[]];
}

/**
 * A reviewer decides the open stage of a review: approve (the next stage opens, or the
 * financing is approved at the last), reject, or send the plan back for revision.
 */
@Injectable()
export class DecideReviewStageUseCase {
  constructor(
    private readonly reviews: ReviewRepository,
    private readonly plans: BusinessPlanRepository,
    private readonly transitioner: CooperativeTransitioner,
    private readonly clock: StageClock,
  ) {}

  async execute(command: DecideReviewStageCommand): Promise<ReviewView> {
    const { reviewer } = command;
    // The decisions are read beside the review, not after it: one wait instead of two.
    const [review, previous] = await Promise.all([
      this.reviews.findVisible(command.reviewId, reviewer),
      this.reviews.decisionsOf(command.reviewId),
    ]);
    if (!review) throw ApplicationError.notFound('The review');
    if (!reviewer.stages.includes(command.stage)) {
      throw new ApplicationError('FORBIDDEN', `You are not assigned to decide ${command.stage}.`);
    }
    if (review.status !== 'OPEN' || review.openStage !== command.stage) {
      throw new ApplicationError('CONFLICT', `Stage ${command.stage} is not open.`, [], { openStage: review.openStage });
    }
    assertFourEyes(previous.map((decision) => decision.reviewerId), reviewer.userId);
    const isLast = isLastStage(review.stages, command.stage);
    const problems = decisionProblems(command, review, isLast);
    if (problems.length > 0) throw new ApplicationError('INVALID_INPUT', 'The decision is not valid.', problems);

    const outcome = this.outcomeOf(command, review, isLast);
    const decision = Object.assign(new ReviewDecisionEntity(), {
      reviewId: review.id,
      stage: command.stage,
      decision: command.decision,
      reviewerId: reviewer.userId,
      comment: command.comment ?? null,
      approvedAmount: command.approvedAmount ?? null,
      decidedAt: new Date(),
    } satisfies ReviewDecisionEntity);
    try {
      const result = await this.transitioner.apply({
        cooperativeId: review.cooperativeId,
        command: reviewDecisionCommand(command.decision, isLast),
        expectedVersion: command.expectedVersion,
        actor: actorOf(reviewer),
        correlationId: command.correlationId,
        events: () => outcome.events,
        jobs: outcome.jobs,
        companions: [...outcome.writes, this.reviews.decisionInsertion(decision)],
      });
      if (result.kind !== 'committed') throw new Error('a command without an inbox record cannot be a duplicate');
      // What was committed, without reading it back: the review from its UPDATE … RETURNING,
      // the decisions as read plus the one written.
      return toReviewView(this.reviews.returnedReview(result.returned[0][0]), [...previous, decision]);
    } catch (error) {
      throw explainConstraint(error);
    }
  }

  private outcomeOf(command: DecideReviewStageCommand, review: ReviewEntity, isLast: boolean): Outcome {
    const base = { reviewId: review.id, stage: command.stage, reviewerId: command.reviewer.userId };
    switch (command.decision) {
      case 'APPROVE': {
        const approved: NewDomainEvent = { type: 'review.stage-approved', payload: { ...base, comment: command.comment } };
        if (isLast) {
          return {
            events: [
              approved,
              { type: 'financing.reviewed', payload: { ...base, outcome: 'APPROVED', approvedAmount: command.approvedAmount } },
            ],
            jobs: [],
            writes: [
              this.reviews.advancement(review.id, {
                openStage: null,
                stageDeadlineAt: null,
                status: 'APPROVED',
                approvedAmount: command.approvedAmount,
              }),
              this.plans.statusChange(review.businessPlanId, 'APPROVED'),
            ],
          };
        }
        const stage = nextStage(review.stages, command.stage)!;
        const opened = this.clock.open({ reviewId: review.id, cooperativeId: review.cooperativeId, stage });
        return {
          events: [
            approved,
            { type: 'review.stage-opened', payload: { reviewId: review.id, stage, deadlineAt: opened.deadlineAt.toISOString() } },
          ],
          jobs: opened.timers,
          writes: [this.reviews.advancement(review.id, { openStage: stage, stageDeadlineAt: opened.deadlineAt, status: 'OPEN' })],
        };
      }
      case 'REJECT':
        return {
          events: [{ type: 'financing.reviewed', payload: { ...base, outcome: 'REJECTED', reason: command.comment } }],
          jobs: [],
          writes: [
            this.reviews.advancement(review.id, { openStage: null, stageDeadlineAt: null, status: 'REJECTED' }),
            this.plans.statusChange(review.businessPlanId, 'REJECTED'),
          ],
        };
      case 'REQUEST_REVISION':
        return {
          events: [{ type: 'review.revision-requested', payload: { ...base, comment: command.comment! } }],
          jobs: [],
          writes: [
            this.reviews.advancement(review.id, { openStage: null, stageDeadlineAt: null, status: 'REVISION_REQUESTED' }),
            this.plans.statusChange(review.businessPlanId, 'REVISION_REQUESTED'),
          ],
        };
    }
  }
}

function decisionProblems(command: DecideReviewStageCommand, review: ReviewEntity, isLast: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (command.decision !== 'APPROVE' && !command.comment?.trim()) {
    problems.push({ field: 'comment', message: `a comment is required to ${command.decision === 'REJECT' ? 'reject' : 'request a revision'}` });
  }
  const finalApproval = command.decision === 'APPROVE' && isLast;
  if (finalApproval && command.approvedAmount === undefined) {
    problems.push({ field: 'approvedAmount', message: 'the last stage approval sets the approved amount' });
  }
  if (!finalApproval && command.approvedAmount !== undefined) {
    problems.push({ field: 'approvedAmount', message: 'only the last stage approval sets an amount' });
  }
  if (command.approvedAmount !== undefined && (command.approvedAmount <= 0 || command.approvedAmount > review.requestedAmount)) {
    problems.push({ field: 'approvedAmount', message: `must be above 0 and at most the requested ${review.requestedAmount}` });
  }
  return problems;
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
