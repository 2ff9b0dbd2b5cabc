import { Injectable, Logger } from '@nestjs/common';
import { RemindReviewStageUseCase } from '@kdmp/application';
import { HandlesJob, JobHandler, JobOutcome, QueuedJobData } from '@kdmp/messaging';

@Injectable()
@HandlesJob('remind-review-stage')
export class RemindReviewStageHandler implements JobHandler<'remind-review-stage'> {
  private readonly logger = new Logger(RemindReviewStageHandler.name);

  constructor(private readonly remind: RemindReviewStageUseCase) {}

  async handle(data: QueuedJobData<'remind-review-stage'>): Promise<JobOutcome> {
    const result = await this.remind.execute(data);
    this.logger.log({ msg: 'review reminder', reviewId: data.reviewId, stage: data.stage, ...result });
    return result.kind;
  }
}
