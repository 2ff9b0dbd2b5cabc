import { Injectable } from '@nestjs/common';
import { actorOf, Principal } from '@kdmp/auth';
import { MatchRepository, PartnerRepository } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';
import { CooperativeTransitioner } from '../common/cooperative-transitioner';
import { MatchView, toMatchView } from '../common/match.view';

/** The partner takes the proposal: the cooperative is PARTNERED and the partner's capacity counts it. */
@Injectable()
export class AcceptMatchUseCase {
  constructor(
    private readonly matches: MatchRepository,
    private readonly partners: PartnerRepository,
    private readonly transitioner: CooperativeTransitioner,
  ) {}

  async execute(command: { matchId: string; comment?: string; partner: Principal; correlationId: string }): Promise<MatchView> {
    const match = await this.matches.findVisible(command.matchId, command.partner);
    if (!match) throw ApplicationError.notFound('The match');
    if (match.status !== 'PROPOSED') throw new ApplicationError('CONFLICT', `The match is ${match.status}, not PROPOSED.`, [], { matchStatus: match.status });
    if (match.expiresAt.getTime() <= Date.now()) throw new ApplicationError('CONFLICT', 'The proposal has expired.', [], { matchStatus: 'EXPIRED' });
    await this.transitioner.apply({
      cooperativeId: match.cooperativeId,
      command: 'accept-match',
      actor: actorOf(command.partner),
      correlationId: command.correlationId,
      events: () => [
        { type: 'match.accepted', payload: { matchId: match.id, partnerId: match.partnerId, ...(command.comment ? { comment: command.comment } : {}) } },
      ],
      alsoWrite: async (tx) => {
        if (!(await this.matches.decide(tx, match.id, 'ACCEPTED', { comment: command.comment }))) {
          throw new ApplicationError('CONFLICT', 'The match was answered at the same time.');
        }
        if (!(await this.partners.reserveCapacity(tx, match.partnerId))) {
          throw new ApplicationError('CONFLICT', 'Your organisation is at capacity: raise it before accepting.', [], { reason: 'AT_CAPACITY' });
        }
      },
    });
    return toMatchView((await this.matches.findById(match.id))!);
  }
}
