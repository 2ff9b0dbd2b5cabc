import { Injectable, Logger } from '@nestjs/common';
import { StartMatchingUseCase } from '@kdmp/application';
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
