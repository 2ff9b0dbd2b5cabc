import { Injectable } from '@nestjs/common';
import { actorOf } from '@kdmp/auth';
import { CooperativeState, decideMatchDecline } from '@kdmp/domain';
import { MatchRepository } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';
import { CooperativeTransitioner, retryWhenRaced } from '../common/cooperative-transitioner';
import { MatchView, toMatchView } from '../common/match.view';
import { DeclineMatchCommand } from './decline-match.command';

/** The partner turns the proposal down, with a reason; the workflow rematches when none is left open. */
@Injectable()
export class DeclineMatchUseCase {
  constructor(
    private readonly matches: MatchRepository,
    private readonly transitioner: CooperativeTransitioner,
  ) {}

  execute(command: DeclineMatchCommand): Promise<MatchView> {
    return retryWhenRaced(undefined, () => this.attempt(command));
  }

  private async attempt(command: DeclineMatchCommand): Promise<MatchView> {
    if (!command.reason?.trim()) {
      throw new ApplicationError('INVALID_INPUT', 'A reason is required to decline.', [{ field: 'reason', message: 'required' }]);
    }
    const match = await this.matches.findVisible(command.matchId, command.partner);
    if (!match) throw ApplicationError.notFound('The match');
    if (match.status !== 'PROPOSED') throw new ApplicationError('CONFLICT', `The match is ${match.status}, not PROPOSED.`, [], { matchStatus: match.status });
    const cooperative = await this.transitioner.load(match.cooperativeId);
    await this.transitioner.commit({
      cooperative,
      decision: decideMatchDecline(cooperative.state as CooperativeState, match, command.reason),
      actor: actorOf(command.partner),
      correlationId: command.correlationId,
    });
    return toMatchView((await this.matches.findById(match.id))!);
  }
}
