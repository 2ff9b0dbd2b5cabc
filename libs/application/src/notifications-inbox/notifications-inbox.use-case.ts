import { Injectable } from '@nestjs/common';
import { NotificationRepository } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';
import { Page } from '../common/page';

export interface InAppNotificationView {
  id: string;
  eventId: string;
  eventType: string;
  title: string;
  body: string;
  data: Record<string, unknown>;
  locale: string;
  read: boolean;
  readAt: string | null;
  createdAt: string;
}

/** A user's in-app inbox: its own notifications only, newest first. */
@Injectable()
export class NotificationsInboxUseCase {
  constructor(private readonly notifications: NotificationRepository) {}

  async list(userId: string, query: { unread?: boolean; limit: number; offset: number }): Promise<Page<InAppNotificationView>> {
    const [rows, total] = await this.notifications.inboxOf(userId, { unreadOnly: query.unread === true, limit: query.limit, offset: query.offset });
    return { items: rows.map(toView), total, limit: query.limit, offset: query.offset };
  }

  async markRead(userId: string, notificationId: string): Promise<InAppNotificationView> {
    const notification = await this.notifications.markRead(notificationId, userId);
    if (!notification) throw ApplicationError.notFound('The notification');
    return toView(notification);
  }
}

function toView(row: { id: string; eventId: string; eventType: string; title: string; body: string; data: Record<string, unknown>; locale: string; readAt: Date | null; createdAt: Date }): InAppNotificationView {
  return {
    id: row.id,
    eventId: row.eventId,
    eventType: row.eventType,
    title: row.title,
    body: row.body,
    data: row.data,
    locale: row.locale,
    read: row.readAt !== null,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
