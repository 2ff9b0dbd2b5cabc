import { Injectable } from '@nestjs/common';
import { DeliveryResult, EmailChannel, WebhookChannel } from '@kdmp/notifications';
import { InboxService, NotificationEntity, NotificationRepository, PartnerRepository } from '@kdmp/persistence';
import { DeliveryRetry } from './delivery-retry';

export { DeliveryRetry };

export const DELIVERY_CONSUMER = 'notifier:deliver-notification';

export type DeliveryOutcome = 'SENT' | 'DEAD' | 'SKIPPED';


/**
 * One attempt at delivering an email or a webhook. Every attempt is recorded; success and the
 * final failure (the last attempt, or a permanent one) consume the message; any other failure
 * is retried by the queue.
 */
@Injectable()
export class DeliverNotificationUseCase {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly partners: PartnerRepository,
    private readonly inbox: InboxService,
    private readonly email: EmailChannel,
    private readonly webhook: WebhookChannel,
  ) {}

  async execute(
    message: { messageId: string; notificationId: string },
    attempt: { attempt: number; maxAttempts: number },
  ): Promise<DeliveryOutcome> {
    const notification = await this.notifications.findById(message.notificationId);
    if (!notification || notification.status === 'SENT' || notification.status === 'DEAD' || notification.channel === 'IN_APP') {
      await this.inbox.acknowledge(DELIVERY_CONSUMER, message.messageId);
      return 'SKIPPED';
    }
    const started = Date.now();
    const result = await this.send(notification);
    const durationMs = Date.now() - started;
    const failure = result.ok ? null : result;
    const final = result.ok || failure!.permanent || attempt.attempt >= attempt.maxAttempts;
    const recorded = {
      outcome: result.ok ? ('SENT' as const) : final ? ('DEAD' as const) : ('FAILED' as const),
      statusCode: result.statusCode,
      error: failure?.error,
      durationMs,
    };
    if (!final) {
      await this.notifications.recordAttempt(notification.id, recorded);
      throw new DeliveryRetry(`attempt ${attempt.attempt} of ${attempt.maxAttempts} failed: ${failure!.error}`);
    }
    await this.inbox.consumeWith(DELIVERY_CONSUMER, message.messageId, this.notifications.attemptWrites(notification.id, recorded));
    return recorded.outcome === 'SENT' ? 'SENT' : 'DEAD';
  }

  private async send(notification: NotificationEntity): Promise<DeliveryResult> {
    if (notification.channel === 'EMAIL') {
      return this.email.send({ to: notification.address!, subject: notification.title, text: notification.body, messageId: notification.id });
    }
    const partner = await this.partners.findById(notification.recipientId);
    const secret = await this.partners.webhookSecret(notification.recipientId);
    const url = partner?.webhookUrl ?? notification.address;
    if (!url || !secret) return { ok: false, permanent: true, error: 'the partner has no webhook URL any more' };
    return this.webhook.send({
      url,
      secret,
      messageId: notification.id,
      body: {
        type: notification.eventType,
        id: notification.eventId,
        timestamp: String(notification.data.occurredAt ?? notification.createdAt.toISOString()),
        data: notification.data,
      },
    });
  }
}
