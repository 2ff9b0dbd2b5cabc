import { Injectable, Logger } from '@nestjs/common';
import { FanOutEventUseCase } from '@kdmp/application';
import { HandlesJob, JobHandler, JobOutcome, QueuedJobData } from '@kdmp/messaging';

@Injectable()
@HandlesJob('fan-out-event')
export class FanOutEventHandler implements JobHandler<'fan-out-event'> {
  private readonly logger = new Logger(FanOutEventHandler.name);

  constructor(private readonly fanOut: FanOutEventUseCase) {}

  async handle(data: QueuedJobData<'fan-out-event'>): Promise<JobOutcome> {
    const result = await this.fanOut.execute({ messageId: data.messageId, eventId: data.eventId });
    if (result.kind === 'skipped') {
      this.logger.log({ msg: 'fan-out skipped', eventId: data.eventId, reason: result.reason });
      return 'skipped';
    }
    this.logger.log({ msg: 'event fanned out', eventId: data.eventId, eventType: data.eventType, notifications: result.notifications });
    return 'processed';
  }
}
