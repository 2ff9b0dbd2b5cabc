import { Injectable } from '@nestjs/common';
import { actorOf, Principal } from '@kdmp/auth';
import { CooperativeState, decideMatchDecline } from '@kdmp/domain';
import { MatchRepository } from '@kdmp/persistence';
import { ApplicationError } from '../shared/application-error';
import { CooperativeTransitioner } from '../shared/cooperative-transitioner';
import { MatchView, toMatchView } from '../shared/match.view';

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
    await this.transitioner.decideAndCommit(
      match.cooperativeId,
      {},
      (cooperative) => decideMatchDecline(cooperative.state as CooperativeState, match, command.reason),
      { actor: actorOf(command.partner), correlationId: command.correlationId },
    );
    return toMatchView((await this.matches.findById(match.id))!);
  }
}
