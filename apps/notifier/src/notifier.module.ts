import { Module } from '@nestjs/common';
import { QUEUES } from '@kdmp/contracts';
import { ConfigModule, LoggingModule } from '@kdmp/config';
import { PersistenceModule } from '@kdmp/persistence';
import { MessagingModule } from '@kdmp/messaging';
import { ApplicationModule } from '@kdmp/application';
import { AuthModule } from '@kdmp/auth';
import { FanOutEventHandler } from './handlers/fan-out-event.handler';
import { DeliverNotificationHandler } from './handlers/deliver-notification.handler';
import { SendAccountEmailHandler } from './handlers/send-account-email.handler';

/** Turns events into notifications and delivers them. No HTTP. */
@Module({
  imports: [
    ConfigModule,
    LoggingModule.forService('notifier'),
    PersistenceModule,
    MessagingModule.forRoot({ consuming: [QUEUES.NOTIFICATIONS, QUEUES.DELIVERIES] }),
    AuthModule,
    ApplicationModule,
  ],
  providers: [FanOutEventHandler, DeliverNotificationHandler, SendAccountEmailHandler],
})
export class NotifierModule {}
