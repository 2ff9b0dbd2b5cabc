import { Injectable } from '@nestjs/common';
import { CooperativeState, decideStageTimer, StageTimerKind } from '@kdmp/domain';
import { InboxService, ReviewRepository } from '@kdmp/persistence';
import { CooperativeTransitioner } from '../common/cooperative-transitioner';
import { systemActor } from '../common/system-actors';
import { ConsumerResult, skipWhenMovedOn } from '../common/consumer-outcome';
import { StageClosed } from './stage-closed';

export interface ReviewTimerMessage {
  messageId: string;
  cooperativeId: string;
  reviewId: string;
  stage: string;
  correlationId: string;
}

const CONSUMERS: Record<StageTimerKind, string> = {
  remind: 'workflow:remind-review-stage',
  escalate: 'workflow:escalate-review-stage',
};

/**
 * A stage's reminder or escalation. A timer that fires after its stage closed (or twice)
 * finds nothing to do.
 */
@Injectable()
export abstract class ReviewTimerUseCase {
  protected abstract readonly kind: StageTimerKind;

  constructor(
    private readonly reviews: ReviewRepository,
    private readonly transitioner: CooperativeTransitioner,
    private readonly inbox: InboxService,
  ) {}

  async execute(message: ReviewTimerMessage): Promise<ConsumerResult> {
    const consumer = CONSUMERS[this.kind];
    const review = await this.reviews.findById(message.reviewId);
    if (!review || review.status !== 'OPEN' || review.openStage !== message.stage) {
      await this.inbox.acknowledge(consumer, message.messageId);
      return { kind: 'skipped', reason: 'stage closed' };
    }
    return skipWhenMovedOn(this.inbox, consumer, message.messageId, async () => {
      const cooperative = await this.transitioner.load(review.cooperativeId);
      const result = await this.transitioner.commit({
        cooperative,
        decision: decideStageTimer(cooperative.state as CooperativeState, this.kind, {
          id: review.id,
          stage: message.stage,
          stageDeadlineAt: review.stageDeadlineAt!,
        }),
        actor: systemActor('review-timer'),
        correlationId: message.correlationId,
        consumedMessage: { consumer, messageId: message.messageId },
        // Re-checked under lock in the same transaction: a decision committed since the read wins.
        precondition: async (tx) => {
          if (!(await this.reviews.holdOpenStage(tx, review.id, message.stage))) throw new StageClosed();
        },
      });
      return result.kind === 'duplicate' ? { kind: 'skipped', reason: 'duplicate message' } : { kind: 'processed' };
    }).catch(async (error: unknown) => {
      if (!(error instanceof StageClosed)) throw error;
      await this.inbox.acknowledge(consumer, message.messageId);
      return { kind: 'skipped', reason: 'stage closed' } as const;
    });
  }
}
