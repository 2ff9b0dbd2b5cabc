import { Module } from '@nestjs/common';
import { EmailChannel } from './email.channel';
import { WebhookChannel } from './webhook.channel';

/** The outgoing channels; in-app delivery is the notification row itself. Needs ConfigModule. */
@Module({
  providers: [EmailChannel, WebhookChannel],
  exports: [EmailChannel, WebhookChannel],
})
export class ChannelsModule {}
