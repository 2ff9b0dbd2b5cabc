import { Injectable, Logger } from '@nestjs/common';
import { ExpireMatchUseCase } from '@kdmp/application';
import { HandlesJob, JobHandler, JobOutcome, QueuedJobData } from '@kdmp/messaging';

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
