import { Injectable, Logger } from '@nestjs/common';
import { ExpireMatchUseCase, MatchAwaitingCooperativesUseCase, StartMatchingUseCase } from '@kdmp/application';
import { HandlesJob, JobHandler, JobOutcome, QueuedJobData } from '@kdmp/messaging';

@Injectable()
@HandlesJob('start-matching')
export class StartMatchingHandler implements JobHandler<'start-matching'> {
  private readonly logger = new Logger(StartMatchingHandler.name);

  constructor(private readonly startMatching: StartMatchingUseCase) {}

  async handle(data: QueuedJobData<'start-matching'>): Promise<JobOutcome> {
    const result = await this.startMatching.execute({ ...data, cooperativeId: data.aggregateId });
    this.logger.log({ msg: 'matching', cooperativeId: data.aggregateId, trigger: data.eventType, ...result });
    return result.kind;
  }
}

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

@Injectable()
@HandlesJob('expire-match')
export class ExpireMatchHandler implements JobHandler<'expire-match'> {
  private readonly logger = new Logger(ExpireMatchHandler.name);

  constructor(private readonly expireMatch: ExpireMatchUseCase) {}

  async handle(data: QueuedJobData<'expire-match'>): Promise<JobOutcome> {
    const result = await this.expireMatch.execute(data);
    this.logger.log({ msg: 'match expiry', matchId: data.matchId, ...result });
    return result.kind;
  }
}
