import { Injectable } from '@nestjs/common';
import { InboxService, MatchRepository } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';
import { CooperativeTransitioner } from '../common/cooperative-transitioner';
import { ConsumerResult, skipWhenMovedOn } from '../common/consumer-outcome';
import { systemActor } from '../common/system-actors';

export const EXPIRY_CONSUMER = 'workflow:expire-match';

/** A proposal's timer: unanswered by its expiry, it lapses; answered, the timer does nothing. */
@Injectable()
export class ExpireMatchUseCase {
  constructor(
    private readonly matches: MatchRepository,
    private readonly transitioner: CooperativeTransitioner,
    private readonly inbox: InboxService,
  ) {}

  async execute(message: { messageId: string; matchId: string; cooperativeId: string; correlationId: string }): Promise<ConsumerResult> {
    const match = await this.matches.findById(message.matchId);
    if (!match || match.status !== 'PROPOSED') {
      await this.inbox.acknowledge(EXPIRY_CONSUMER, message.messageId);
      return { kind: 'skipped', reason: 'already answered' };
    }
    return skipWhenMovedOn(this.inbox, EXPIRY_CONSUMER, message.messageId, async () => {
      try {
        const result = await this.transitioner.apply({
          cooperativeId: match.cooperativeId,
          command: 'expire-match',
          actor: systemActor('match-expiry'),
          correlationId: message.correlationId,
          consumedMessage: { consumer: EXPIRY_CONSUMER, messageId: message.messageId },
          events: () => [{ type: 'match.expired', payload: { matchId: match.id, partnerId: match.partnerId } }],
          alsoWrite: async (tx) => {
            if (!(await this.matches.decide(tx, match.id, 'EXPIRED'))) throw new AnsweredMeanwhile();
          },
        });
        return result.kind === 'duplicate' ? { kind: 'skipped', reason: 'duplicate message' } : { kind: 'processed' };
      } catch (error) {
        if (!(error instanceof AnsweredMeanwhile)) throw error;
        await this.inbox.acknowledge(EXPIRY_CONSUMER, message.messageId);
        return { kind: 'skipped', reason: 'answered meanwhile' };
      }
    });
  }
}

class AnsweredMeanwhile extends ApplicationError {
  constructor() {
    super('CONFLICT', 'answered meanwhile');
  }
}
