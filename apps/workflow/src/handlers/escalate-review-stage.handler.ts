import { Injectable, Logger } from '@nestjs/common';
import { EscalateReviewStageUseCase } from '@kdmp/application';
import { HandlesJob, JobHandler, JobOutcome, QueuedJobData } from '@kdmp/messaging';

@Injectable()
@HandlesJob('escalate-review-stage')
export class EscalateReviewStageHandler implements JobHandler<'escalate-review-stage'> {
  private readonly logger = new Logger(EscalateReviewStageHandler.name);

  constructor(private readonly escalate: EscalateReviewStageUseCase) {}

  async handle(data: QueuedJobData<'escalate-review-stage'>): Promise<JobOutcome> {
    const result = await this.escalate.execute(data);
    this.logger.log({ msg: 'review escalation', reviewId: data.reviewId, stage: data.stage, ...result });
    return result.kind;
  }
}
