import { Injectable } from '@nestjs/common';
import { actorOf, Principal } from '@kdmp/auth';
import { MatchRepository } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';
import { CooperativeTransitioner } from '../common/cooperative-transitioner';
import { MatchView, toMatchView } from '../common/match.view';

/** The partner turns the proposal down, with a reason; the workflow rematches when none is left open. */
@Injectable()
export class DeclineMatchUseCase {
  constructor(
    private readonly matches: MatchRepository,
    private readonly transitioner: CooperativeTransitioner,
  ) {}

  async execute(command: { matchId: string; reason: string; partner: Principal; correlationId: string }): Promise<MatchView> {
    if (!command.reason?.trim()) {
      throw new ApplicationError('INVALID_INPUT', 'A reason is required to decline.', [{ field: 'reason', message: 'required' }]);
    }
    const match = await this.matches.findVisible(command.matchId, command.partner);
    if (!match) throw ApplicationError.notFound('The match');
    if (match.status !== 'PROPOSED') throw new ApplicationError('CONFLICT', `The match is ${match.status}, not PROPOSED.`, [], { matchStatus: match.status });
    await this.transitioner.apply({
      cooperativeId: match.cooperativeId,
      command: 'decline-match',
      actor: actorOf(command.partner),
      correlationId: command.correlationId,
      events: () => [{ type: 'match.declined', payload: { matchId: match.id, partnerId: match.partnerId, reason: command.reason } }],
      alsoWrite: async (tx) => {
        if (!(await this.matches.decide(tx, match.id, 'DECLINED', { declineReason: command.reason }))) {
          throw new ApplicationError('CONFLICT', 'The match was answered at the same time.');
        }
      },
    });
    return toMatchView((await this.matches.findById(match.id))!);
  }
}
