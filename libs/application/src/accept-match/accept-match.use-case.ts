import { Injectable } from '@nestjs/common';
import { actorOf } from '@kdmp/auth';
import { CooperativeState, decideMatchAcceptance } from '@kdmp/domain';
import { MatchRepository } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';
import { CooperativeTransitioner, retryWhenRaced } from '../common/cooperative-transitioner';
import { MatchView, toMatchView } from '../common/match.view';
import { AcceptMatchCommand } from './accept-match.command';

/** The partner takes the proposal: the cooperative is PARTNERED and the partner's capacity counts it. */
@Injectable()
export class AcceptMatchUseCase {
  constructor(
    private readonly matches: MatchRepository,
    private readonly transitioner: CooperativeTransitioner,
  ) {}

  execute(command: AcceptMatchCommand): Promise<MatchView> {
    return retryWhenRaced(undefined, () => this.attempt(command));
  }

  private async attempt(command: AcceptMatchCommand): Promise<MatchView> {
    const match = await this.matches.findVisible(command.matchId, command.partner);
    if (!match) throw ApplicationError.notFound('The match');
    if (match.status !== 'PROPOSED') throw new ApplicationError('CONFLICT', `The match is ${match.status}, not PROPOSED.`, [], { matchStatus: match.status });
    if (match.expiresAt.getTime() <= Date.now()) throw new ApplicationError('CONFLICT', 'The proposal has expired.', [], { matchStatus: 'EXPIRED' });
    const cooperative = await this.transitioner.load(match.cooperativeId);
    await this.transitioner.commit({
      cooperative,
      decision: decideMatchAcceptance(cooperative.state as CooperativeState, match, command.comment),
      actor: actorOf(command.partner),
      correlationId: command.correlationId,
    });
    return toMatchView((await this.matches.findById(match.id))!);
  }
}
