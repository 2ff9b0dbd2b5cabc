import { Injectable } from '@nestjs/common';
import { NotificationRepository, NotificationStatus } from '@kdmp/persistence';
import { Page } from '../common/page';

export interface DeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  channel: string;
  recipientType: string;
  recipientId: string;
  address: string | null;
  status: string;
  attempts: number;
  redrives: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  attemptLog: { attempt: number; at: string; outcome: string; statusCode: number | null; error: string | null; durationMs: number }[];
}

/** Email and webhook deliveries by status, each with its attempts, for the admins. */
@Injectable()
export class ListDeliveriesUseCase {
  constructor(private readonly notifications: NotificationRepository) {}

  async execute(query: { status?: NotificationStatus; limit: number; offset: number }): Promise<Page<DeliveryView>> {
    const { rows, total, attempts } = await this.notifications.deliveries(query);
    return {
      items: rows.map((row) => ({
        id: row.id,
        eventId: row.eventId,
        eventType: row.eventType,
        channel: row.channel,
        recipientType: row.recipientType,
        recipientId: row.recipientId,
        address: row.address,
        status: row.status,
        attempts: row.attempts,
        redrives: row.redrives,
        lastError: row.lastError,
        createdAt: row.createdAt.toISOString(),
        sentAt: row.sentAt?.toISOString() ?? null,
        attemptLog: attempts
          .filter((attempt) => attempt.notificationId === row.id)
          .map((attempt) => ({
            attempt: attempt.attempt,
            at: attempt.attemptedAt.toISOString(),
            outcome: attempt.outcome,
            statusCode: attempt.statusCode,
            error: attempt.error,
            durationMs: attempt.durationMs,
          })),
      })),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }
}
