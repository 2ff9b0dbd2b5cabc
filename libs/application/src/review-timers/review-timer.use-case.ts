import { Injectable } from '@nestjs/common';
import { InboxService, ReviewRepository } from '@kdmp/persistence';
import { CooperativeTransitioner } from '../common/cooperative-transitioner';
import { systemActor } from '../common/system-actors';
import { ConsumerResult, skipWhenMovedOn } from '../common/consumer-outcome';

export interface ReviewTimerMessage {
  messageId: string;
  cooperativeId: string;
  reviewId: string;
  stage: string;
  correlationId: string;
}

const TIMERS = {
  remind: { command: 'remind-review-stage', event: 'review.reminder', consumer: 'workflow:remind-review-stage' },
  escalate: { command: 'escalate-review-stage', event: 'review.escalated', consumer: 'workflow:escalate-review-stage' },
} as const;

/**
 * A stage's reminder or escalation. A timer that fires after its stage closed (or twice)
 * finds nothing to do.
 */
@Injectable()
abstract class ReviewTimerUseCase {
  protected abstract readonly timer: (typeof TIMERS)[keyof typeof TIMERS];

  constructor(
    private readonly reviews: ReviewRepository,
    private readonly transitioner: CooperativeTransitioner,
    private readonly inbox: InboxService,
  ) {}

  async execute(message: ReviewTimerMessage): Promise<ConsumerResult> {
    const { consumer, command, event } = this.timer;
    const review = await this.reviews.findById(message.reviewId);
    if (!review || review.status !== 'OPEN' || review.openStage !== message.stage) {
      await this.inbox.acknowledge(consumer, message.messageId);
      return { kind: 'skipped', reason: 'stage closed' };
    }
    return skipWhenMovedOn(this.inbox, consumer, message.messageId, async () => {
      const result = await this.transitioner.apply({
        cooperativeId: review.cooperativeId,
        command,
        actor: systemActor('review-timer'),
        correlationId: message.correlationId,
        consumedMessage: { consumer, messageId: message.messageId },
        events: () => [
          { type: event, payload: { reviewId: review.id, stage: message.stage, deadlineAt: review.stageDeadlineAt!.toISOString() } },
        ],
        // Re-checked under lock in the same transaction: a decision committed since the read wins.
        alsoWrite: async (tx) => {
          const open = (await tx.query(
            `SELECT 1 FROM reviews WHERE id = $1 AND status = 'OPEN' AND open_stage = $2 FOR SHARE`,
            [review.id, message.stage],
          )) as unknown[];
          if (open.length === 0) throw new StageClosed();
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

class StageClosed extends Error {}

@Injectable()
export class RemindReviewStageUseCase extends ReviewTimerUseCase {
  protected readonly timer = TIMERS.remind;
}

@Injectable()
export class EscalateReviewStageUseCase extends ReviewTimerUseCase {
  protected readonly timer = TIMERS.escalate;
}

