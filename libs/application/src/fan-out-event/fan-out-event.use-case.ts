import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { DomainEventType } from '@kdmp/contracts';
import { presentEventPayload } from '@kdmp/i18n';
import { MatrixEntry, RECIPIENT_MATRIX, renderNotification } from '@kdmp/notifications';
import {
  CooperativeEntity,
  CooperativeRepository,
  DomainEventEntity,
  InboxService,
  NotificationEntity,
  NotificationRepository,
  outboxMessageFor,
  PartnerEntity,
  UserEntity,
} from '@kdmp/persistence';
import { RecipientResolver } from './recipient-resolver';

export const FAN_OUT_CONSUMER = 'notifier:fan-out-event';

export type FanOutResult = { kind: 'notified'; notifications: number } | { kind: 'skipped'; reason: string };

/**
 * Turns one committed event into the notifications the recipient matrix names: in-app for
 * every recipient, email where the recipient has an address (unless it turned off
 * non-critical email), a signed webhook where a partner has a URL. One row per
 * (event, recipient, channel), written once however often the message arrives; each email and
 * webhook gets a delivery job, written with the rows.
 */
@Injectable()
export class FanOutEventUseCase {
  constructor(
    private readonly inbox: InboxService,
    private readonly notifications: NotificationRepository,
    private readonly recipients: RecipientResolver,
    private readonly cooperatives: CooperativeRepository,
  ) {}

  async execute(message: { messageId: string; eventId: string }): Promise<FanOutResult> {
    const outcome = await this.inbox.handleOnce(FAN_OUT_CONSUMER, message.messageId, (tx) => this.notify(tx, message.eventId));
    return outcome.kind === 'duplicate' ? { kind: 'skipped', reason: 'duplicate message' } : outcome.result;
  }

  private async notify(tx: EntityManager, eventId: string) {
    const event = await this.cooperatives.findEvent(eventId, tx);
    if (!event) return { result: { kind: 'skipped', reason: 'event not found' } as FanOutResult };
    const cooperative = event.aggregateType === 'cooperative' ? await this.cooperatives.findById(event.aggregateId, tx) : null;
    const rows: NotificationEntity[] = [];
    for (const entry of RECIPIENT_MATRIX[event.type as DomainEventType] ?? []) {
      for (const user of await this.recipients.resolve(tx, entry.recipients, event, cooperative)) {
        rows.push(...this.forUser(event, entry, user, cooperative));
      }
      if (entry.recipients === 'PARTNER_USERS') {
        for (const partner of await this.recipients.partners(tx, event)) {
          if (partner.webhookUrl) rows.push(this.webhookFor(event, entry, partner, cooperative));
        }
      }
    }
    const inserted = await this.notifications.insertNew(tx, rows);
    const deliveries = inserted
      .filter((row) => row.channel !== 'IN_APP')
      .map((row) =>
        outboxMessageFor(
          { name: 'deliver-notification', jobId: row.id, payload: { notificationId: row.id, correlationId: row.correlationId } },
          row.correlationId,
        ),
      );
    return { result: { kind: 'notified', notifications: inserted.length } as FanOutResult, outbox: deliveries };
  }

  private forUser(event: DomainEventEntity, entry: MatrixEntry, user: UserEntity, cooperative: CooperativeEntity | null): NotificationEntity[] {
    const { title, body } = renderNotification(entry.template, user.locale, context(event, cooperative));
    const base = notification(event, entry.template, { recipientType: 'USER', recipientId: user.id, locale: user.locale, title, body });
    const rows: NotificationEntity[] = [{ ...base, channel: 'IN_APP', status: 'SENT', attempts: 1, sentAt: new Date() }];
    // Decisions and match offers always go out; the rest only to those who keep email on.
    if (user.email && (entry.critical || user.emailEnabled)) {
      rows.push({ ...base, id: uuidv7(), channel: 'EMAIL', status: 'PENDING', attempts: 0, sentAt: null, address: user.email });
    }
    return rows.map((row) => Object.assign(new NotificationEntity(), row));
  }

  private webhookFor(event: DomainEventEntity, entry: MatrixEntry, partner: PartnerEntity, cooperative: CooperativeEntity | null): NotificationEntity {
    const { title, body } = renderNotification(entry.template, 'en', context(event, cooperative, partner));
    return Object.assign(new NotificationEntity(), {
      ...notification(event, entry.template, { recipientType: 'PARTNER', recipientId: partner.id, locale: 'en', title, body }),
      channel: 'WEBHOOK',
      status: 'PENDING',
      attempts: 0,
      sentAt: null,
      address: partner.webhookUrl,
      // The webhook body's `data`: the event, and the cooperative's public profile.
      data: {
        ...presentEventPayload(event.type, event.payload),
        eventId: event.id,
        occurredAt: event.occurredAt.toISOString(),
        cooperative: cooperative ? publicProfile(cooperative) : null,
      },
    } satisfies NotificationEntity);
  }
}

function context(event: DomainEventEntity, cooperative: CooperativeEntity | null, partner?: PartnerEntity) {
  return {
    eventType: event.type as DomainEventType,
    payload: event.payload as never,
    occurredAt: event.occurredAt.toISOString(),
    cooperative: cooperative ?? undefined,
    partner: partner ? { name: partner.name } : undefined,
  };
}

function notification(
  event: DomainEventEntity,
  template: string,
  recipient: Pick<NotificationEntity, 'recipientType' | 'recipientId' | 'locale' | 'title' | 'body'>,
): NotificationEntity {
  return {
    id: uuidv7(),
    eventId: event.id,
    eventType: event.type,
    template,
    ...recipient,
    channel: 'IN_APP',
    // Reasons are stored as codes and parameters; a notification carries them in words.
    data: { cooperativeId: event.aggregateType === 'cooperative' ? event.aggregateId : null, ...presentEventPayload(event.type, event.payload) },
    status: 'PENDING',
    attempts: 0,
    lastError: null,
    correlationId: event.correlationId,
    readAt: null,
    sentAt: null,
    createdAt: new Date(),
    address: null,
    redrives: 0,
  };
}

/** What a partner may know of a cooperative before it has accepted: no identifiers, no contacts. */
export function publicProfile(cooperative: CooperativeEntity) {
  return {
    id: cooperative.id,
    name: cooperative.name,
    kind: cooperative.kind,
    village: cooperative.village,
    district: cooperative.district,
    regency: cooperative.regency,
    province: cooperative.province,
    regionCode: cooperative.regionCode,
    memberCount: cooperative.memberCount,
    sectors: cooperative.sectors,
  };
}
