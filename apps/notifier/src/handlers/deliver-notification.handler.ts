import { Injectable, Logger } from '@nestjs/common';
import { DeliverNotificationUseCase } from '@kdmp/application';
import { HandlesJob, JobAttempt, JobHandler, JobOutcome, QueuedJobData } from '@kdmp/messaging';

@Injectable()
@HandlesJob('deliver-notification')
export class DeliverNotificationHandler implements JobHandler<'deliver-notification'> {
  private readonly logger = new Logger(DeliverNotificationHandler.name);

  constructor(private readonly deliver: DeliverNotificationUseCase) {}

  async handle(data: QueuedJobData<'deliver-notification'>, attempt: JobAttempt): Promise<JobOutcome> {
    const outcome = await this.deliver.execute(data, attempt);
    this.logger.log({ msg: 'delivery', notificationId: data.notificationId, outcome, attempt: attempt.attempt });
    return outcome === 'SKIPPED' ? 'skipped' : 'processed';
  }
}
