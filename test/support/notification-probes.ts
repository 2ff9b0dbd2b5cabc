import request from 'supertest';
import type { Client } from 'pg';
import { pollUntil } from '@kdmp/testing';
import type { DeliveryView } from '@kdmp/application';

export interface NotificationRow {
  id: string;
  event_id: string;
  event_type: string;
  recipient_type: 'USER' | 'PARTNER';
  recipient_id: string;
  channel: 'IN_APP' | 'EMAIL' | 'WEBHOOK';
  status: string;
  attempts: number;
  title: string;
  locale: string;
  last_error: string | null;
}

/** A delivery as `GET /v1/admin/deliveries` lists it. */
export type DeliveryItem = DeliveryView;

/** Fan-out messages still waiting (the outbox row goes with the consumer's effect); of some events, or of all. */
export async function pendingFanOuts(db: Client, eventIds?: string[]): Promise<number> {
  const { rows } = eventIds
    ? await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM outbox_messages WHERE job_name = 'fan-out-event' AND payload->>'eventId' = ANY($1::text[])`,
        [eventIds],
      )
    : await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_messages WHERE job_name = 'fan-out-event'`);
  return rows[0].n;
}

/** Waits until the notifier has fanned out the given events (or every event so far). */
export async function waitForFanOut(db: Client, eventIds?: string[], timeoutMs = 30_000): Promise<void> {
  await pollUntil(() => pendingFanOuts(db, eventIds), (n) => n === 0, { timeoutMs, what: 'the notifier to fan the events out' });
}

export async function notificationsFor(db: Client, filter: { eventId?: string; recipientId?: string; eventType?: string }): Promise<NotificationRow[]> {
  const { rows } = await db.query<NotificationRow>(
    `SELECT id, event_id, event_type, recipient_type, recipient_id, channel, status, attempts, title, locale, last_error
       FROM notifications
      WHERE ($1::uuid IS NULL OR event_id = $1::uuid)
        AND ($2::uuid IS NULL OR recipient_id = $2::uuid)
        AND ($3::text IS NULL OR event_type = $3::text)
      ORDER BY created_at, id`,
    [filter.eventId ?? null, filter.recipientId ?? null, filter.eventType ?? null],
  );
  return rows;
}

/** One delivery as the admins see it (GET /v1/admin/deliveries), looked for page by page. */
export async function deliveryView(baseUrl: string, adminToken: string, id: string, status?: string): Promise<DeliveryItem | undefined> {
  for (let offset = 0; ; offset += 100) {
    const response = await request(baseUrl)
      .get('/v1/admin/deliveries')
      .query({ ...(status ? { status } : {}), limit: 100, offset })
      .auth(adminToken, { type: 'bearer' })
      .expect(200);
    const found = (response.body.items as DeliveryItem[]).find((item) => item.id === id);
    if (found) return found;
    if (offset + 100 >= response.body.total) return undefined;
  }
}

/** Waits until a delivery shows the status with the admins. */
export function waitForDelivery(baseUrl: string, adminToken: string, id: string, status: string, timeoutMs = 30_000): Promise<DeliveryItem> {
  return pollUntil(() => deliveryView(baseUrl, adminToken, id, status), (item) => item !== undefined, {
    timeoutMs,
    intervalMs: 100,
    what: `delivery ${id} to be ${status}`,
  }) as Promise<DeliveryItem>;
}
