import { Injectable, Logger } from '@nestjs/common';
import { MatchAwaitingCooperativesUseCase } from '@kdmp/application';
import { HandlesJob, JobHandler, JobOutcome, QueuedJobData } from '@kdmp/messaging';

@Injectable()
@HandlesJob('match-awaiting-cooperatives')
export class MatchAwaitingCooperativesHandler implements JobHandler<'match-awaiting-cooperatives'> {
  private readonly logger = new Logger(MatchAwaitingCooperativesHandler.name);

  constructor(private readonly matchAwaiting: MatchAwaitingCooperativesUseCase) {}

  async handle(data: QueuedJobData<'match-awaiting-cooperatives'>): Promise<JobOutcome> {
    const result = await this.matchAwaiting.execute({ ...data, partnerId: data.aggregateId });
    this.logger.log({ msg: 'looked for cooperatives awaiting a partner', partnerId: data.aggregateId, ...result });
    return result.kind;
  }
}
