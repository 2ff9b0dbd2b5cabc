import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { RECIPIENT_MATRIX } from '@kdmp/notifications';
import { createTestEnvironment, login, pollUntil, ServiceProcess, startServices, TestEnvironment, TEST_ADMIN } from '@kdmp/testing';
import { PASSWORD } from './support/workflow-actors';
import { SmtpCatcher } from './support/smtp-catcher';
import { WebhookReceiver } from './support/webhook-receiver';
import { pendingFanOuts } from './support/notification-probes';

const PARTNERS = 20;
const WITH_WEBHOOK = 5;
/** Changes per partner: with the registrations, 20 × (1 + 24) = 500 events. */
const CHANGES_EACH = 24;
const EVENTS = PARTNERS * (1 + CHANGES_EACH);

/**
 * The notifier killed with SIGKILL in the middle of fanning out 500 events, then restarted:
 * every event ends with exactly its notifications, one per (event, recipient, channel), and
 * every email and webhook is still delivered.
 */
describe('a notifier killed during a fan-out', () => {
  let catcher: SmtpCatcher;
  let receiver: WebhookReceiver;
  let environment: TestEnvironment;
  let stack: Awaited<ReturnType<typeof startServices>>;

  beforeAll(async () => {
    catcher = await new SmtpCatcher().start();
    receiver = await new WebhookReceiver().start();
    environment = await createTestEnvironment({
      SMTP_URL: catcher.url,
      WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true',
      DELIVERY_BACKOFF_BASE_MS: '200',
      LOGIN_ATTEMPTS_PER_MINUTE: '100000',
      // A killed worker's jobs count as stalled after 3 s, not 30.
      JOB_LOCK_DURATION_MS: '3000',
      DATABASE_STATEMENT_TIMEOUT_MS: '2500',
    });
    // The notifier is not running: the events pile up.
    stack = await startServices(environment.env, ['api', 'workflow']);
  });

  afterAll(async () => {
    await stack?.stopAll();
    await environment?.dispose();
    await receiver?.stop();
    await catcher?.stop();
  });

  it('leaves exactly one notification per (event, recipient, channel), none missing', async () => {
    // partner.registered and partner.updated reach the partner's users, and its webhook.
    for (const type of ['partner.registered', 'partner.updated'] as const) {
      expect(RECIPIENT_MATRIX[type].map((entry) => [entry.recipients, entry.critical])).toEqual([['PARTNER_USERS', false]]);
    }
    const adminToken = await login(stack.baseUrl, TEST_ADMIN.email, TEST_ADMIN.password);
    const api = () => request(stack.baseUrl);
    const partners: { id: string; userId: string; webhook: boolean }[] = [];
    for (let start = 0; start < PARTNERS; start += 5) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(5, PARTNERS - start) }, async (_, offset) => {
          const index = start + offset;
          const path = `/partner-${index}`;
          const created = await api()
            .post('/v1/partners')
            .auth(adminToken, { type: 'bearer' })
            .send({
              name: `PT Mitra Uji ${index} ${randomUUID().slice(0, 6)}`,
              type: 'PRIVATE',
              roles: ['OFFTAKER'],
              sectors: ['AGRICULTURE'],
              commodities: ['rice'],
              regionCodes: ['64.02'],
              capacity: 1,
              contactEmail: 'kemitraan@example.co.id',
              ...(index < WITH_WEBHOOK ? { webhookUrl: receiver.url(path) } : {}),
              user: { email: `partner-${randomUUID()}@example.id`, password: PASSWORD },
            })
            .expect(201);
          if (index < WITH_WEBHOOK) receiver.secret(path, created.body.webhookSecret);
          return { id: created.body.id as string, userId: created.body.userId as string, webhook: index < WITH_WEBHOOK };
        }),
      );
      partners.push(...batch);
    }
    // Each partner changes its capacity, one change after another.
    await Promise.all(
      partners.map(async (partner) => {
        for (let change = 1; change <= CHANGES_EACH; change++) {
          await api().patch(`/v1/partners/${partner.id}`).auth(adminToken, { type: 'bearer' }).send({ capacity: 1 + change }).expect(200);
        }
      }),
    );
    const { rows: events } = await environment.db.query<{ id: string; aggregate_id: string }>(`SELECT id, aggregate_id FROM domain_events`);
    expect(events).toHaveLength(EVENTS);
    expect(await pendingFanOuts(environment.db)).toBe(EVENTS);
    const expectedRows = partners.reduce((sum, partner) => sum + (1 + CHANGES_EACH) * (partner.webhook ? 3 : 2), 0);

    // The notifier starts on the backlog and dies part-way through it.
    const count = async () => (await environment.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM notifications`)).rows[0].n;
    const notifier = new ServiceProcess('notifier', { ...environment.env });
    await notifier.start();
    await pollUntil(count, (n) => n >= 100, { intervalMs: 20, what: 'the notifier to be part-way through' });
    await notifier.kill();
    const atKill = await count();
    const pendingAtKill = await pendingFanOuts(environment.db);
    expect(atKill).toBeLessThan(expectedRows);
    expect(pendingAtKill).toBeGreaterThan(0);

    stack.services.notifier = await new ServiceProcess('notifier', { ...environment.env }).start();
    await pollUntil(() => pendingFanOuts(environment.db), (n) => n === 0, { timeoutMs: 60_000, what: 'every event to be fanned out' });

    // Exactly one per (event, recipient, channel)...
    const { rows: duplicates } = await environment.db.query(
      `SELECT event_id, recipient_id, channel, count(*)::int AS n FROM notifications GROUP BY event_id, recipient_id, channel HAVING count(*) > 1`,
    );
    expect(duplicates).toEqual([]);
    // ...and every event has all of its own.
    const { rows } = await environment.db.query<{ event_id: string; recipient_type: string; recipient_id: string; channel: string }>(
      `SELECT event_id, recipient_type, recipient_id, channel FROM notifications`,
    );
    const byEvent = new Map<string, string[]>();
    for (const row of rows) byEvent.set(row.event_id, [...(byEvent.get(row.event_id) ?? []), `${row.recipient_type} ${row.recipient_id} ${row.channel}`]);
    const partnerById = new Map(partners.map((partner) => [partner.id, partner]));
    const wrong = events.filter((event) => {
      const partner = partnerById.get(event.aggregate_id)!;
      const expected = [`USER ${partner.userId} IN_APP`, `USER ${partner.userId} EMAIL`, ...(partner.webhook ? [`PARTNER ${partner.id} WEBHOOK`] : [])];
      return JSON.stringify((byEvent.get(event.id) ?? []).sort()) !== JSON.stringify(expected.sort());
    });
    expect(wrong.map((event) => ({ event: event.id, got: byEvent.get(event.id) ?? [] }))).toEqual([]);
    expect(rows).toHaveLength(expectedRows);

    // Nothing lost downstream either: every email and webhook is delivered (a job cut off by the
    // kill may be sent twice, under the same Message-ID / webhook-id, for receivers to drop).
    await pollUntil(
      async () =>
        (await environment.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM notifications WHERE channel <> 'IN_APP' AND status <> 'SENT'`)).rows[0].n,
      (n) => n === 0,
      { timeoutMs: 60_000, what: 'every email and webhook to be delivered' },
    );
    const { rows: deliveries } = await environment.db.query<{ id: string; channel: string }>(
      `SELECT id, channel FROM notifications WHERE channel <> 'IN_APP'`,
    );
    const mailed = new Set(catcher.mails.map((mail) => mail.messageId));
    const hooked = new Set(receiver.received.filter((delivery) => delivery.verified !== false && receiver.verify(delivery)).map((delivery) => delivery.webhookId));
    const undelivered = deliveries.filter((delivery) => (delivery.channel === 'EMAIL' ? !mailed.has(`<${delivery.id}@kdmp>`) : !hooked.has(delivery.id)));
    expect(undelivered).toEqual([]);
  });
});
