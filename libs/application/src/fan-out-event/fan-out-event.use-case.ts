import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { DomainEventType } from '@kdmp/contracts';
import { RECIPIENT_MATRIX, renderNotification } from '@kdmp/notifications';
import {
  CooperativeEntity,
  DomainEventEntity,
  InboxService,
  NotificationEntity,
  NotificationRepository,
} from '@kdmp/persistence';
import { RecipientResolver } from './recipient-resolver';

export const FAN_OUT_CONSUMER = 'notifier:fan-out-event';

export type FanOutResult = { kind: 'notified'; notifications: number } | { kind: 'skipped'; reason: string };

/**
 * Turns one committed event into the notifications the recipient matrix names: one row per
 * (event, recipient, channel), written once however often the message arrives.
 */
@Injectable()
export class FanOutEventUseCase {
  constructor(
    private readonly inbox: InboxService,
    private readonly notifications: NotificationRepository,
    private readonly recipients: RecipientResolver,
  ) {}

  async execute(message: { messageId: string; eventId: string }): Promise<FanOutResult> {
    const outcome = await this.inbox.handleOnce(FAN_OUT_CONSUMER, message.messageId, async (tx) => ({
      result: await this.notify(tx, message.eventId),
    }));
    return outcome.kind === 'duplicate' ? { kind: 'skipped', reason: 'duplicate message' } : outcome.result;
  }

  private async notify(tx: EntityManager, eventId: string): Promise<FanOutResult> {
    const event = await tx.findOneBy(DomainEventEntity, { id: eventId });
    if (!event) return { kind: 'skipped', reason: 'event not found' };
    const cooperative =
      event.aggregateType === 'cooperative' ? await tx.findOneBy(CooperativeEntity, { id: event.aggregateId }) : null;
    const rows: NotificationEntity[] = [];
    for (const entry of RECIPIENT_MATRIX[event.type as DomainEventType] ?? []) {
      const users = await this.recipients.resolve(tx, entry.recipients, event, cooperative);
      for (const user of users) {
        const { title, body } = renderNotification(entry.template, user.locale, {
          eventType: event.type as DomainEventType,
          payload: event.payload as never,
          occurredAt: event.occurredAt.toISOString(),
          cooperative: cooperative ?? undefined,
        });
        rows.push(
          Object.assign(new NotificationEntity(), {
            id: uuidv7(),
            eventId: event.id,
            eventType: event.type,
            recipientType: 'USER',
            recipientId: user.id,
            // In-app delivery is the row itself; email and webhooks get delivery jobs.
            channel: 'IN_APP',
            template: entry.template,
            locale: user.locale,
            title,
            body,
            data: { cooperativeId: cooperative?.id ?? null, ...event.payload },
            status: 'SENT',
            attempts: 1,
            lastError: null,
            correlationId: event.correlationId,
            readAt: null,
            sentAt: new Date(),
            createdAt: new Date(),
          } satisfies NotificationEntity),
        );
      }
    }
    const inserted = await this.notifications.insertNew(tx, rows);
    return { kind: 'notified', notifications: inserted.length };
  }
}
