import { Injectable, Logger } from '@nestjs/common';
import { ScreenBusinessPlanUseCase } from '@kdmp/application';
import { HandlesJob, JobHandler, JobOutcome, QueuedJobData } from '@kdmp/messaging';

@Injectable()
@HandlesJob('screen-business-plan')
export class ScreenBusinessPlanHandler implements JobHandler<'screen-business-plan'> {
  private readonly logger = new Logger(ScreenBusinessPlanHandler.name);

  constructor(private readonly screen: ScreenBusinessPlanUseCase) {}

  async handle(data: QueuedJobData<'screen-business-plan'>): Promise<JobOutcome> {
    const result = await this.screen.execute({
      messageId: data.messageId,
      eventId: data.eventId,
      cooperativeId: data.aggregateId,
      correlationId: data.correlationId,
    });
    this.logger.log({ msg: 'screening', cooperativeId: data.aggregateId, ...result });
    return result.kind;
  }
}
