import { Injectable } from '@nestjs/common';
import { CooperativeTransitioner } from '../shared/cooperative-transitioner';
import { CooperativeView, toCooperativeView } from '../shared/cooperative.view';
import { WithdrawCooperativeCommand } from './withdraw-cooperative.command';

/** Takes a cooperative out of the pipeline from any state the transition table allows. */
@Injectable()
export class WithdrawCooperativeUseCase {
  constructor(private readonly transitioner: CooperativeTransitioner) {}

  async execute(command: WithdrawCooperativeCommand): Promise<CooperativeView> {
    const result = await this.transitioner.apply({
      cooperativeId: command.cooperativeId,
      command: 'withdraw',
      viewer: command.viewer,
      expectedVersion: command.expectedVersion,
      actor: command.actor,
      correlationId: command.correlationId,
      events: () => [{ type: 'cooperative.withdrawn', payload: command.reason ? { reason: command.reason } : {} }],
    });
    if (result.kind !== 'committed') throw new Error('a command without an inbox record cannot be a duplicate');
    return toCooperativeView(result.cooperative);
  }
}
