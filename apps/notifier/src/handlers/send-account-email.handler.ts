import { Injectable, Logger } from '@nestjs/common';
import { SendAccountEmailUseCase } from '@kdmp/application';
import { HandlesJob, JobAttempt, JobHandler, JobOutcome, QueuedJobData } from '@kdmp/messaging';

@Injectable()
@HandlesJob('send-account-email')
export class SendAccountEmailHandler implements JobHandler<'send-account-email'> {
  private readonly logger = new Logger(SendAccountEmailHandler.name);

  constructor(private readonly send: SendAccountEmailUseCase) {}

  async handle(data: QueuedJobData<'send-account-email'>, attempt: JobAttempt): Promise<JobOutcome> {
    const outcome = await this.send.execute(data, attempt);
    this.logger.log({ msg: 'account email', accountTokenId: data.accountTokenId, outcome, attempt: attempt.attempt });
    return outcome === 'SKIPPED' ? 'skipped' : 'processed';
  }
}
