import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { createTestEnvironment, pollUntil, startServices, TestEnvironment, TEST_ADMIN, login } from '@kdmp/testing';
import { PASSWORD, WorkflowActors } from './support/workflow-actors';
import { SmtpCatcher } from './support/smtp-catcher';
import { ReceivedWebhook, WebhookReceiver } from './support/webhook-receiver';
import { deliveryView, notificationsFor, waitForDelivery, waitForFanOut } from './support/notification-probes';

const MAX_ATTEMPTS = 4;

/** What a partner may see of a cooperative before it accepted (publicProfile in the fan-out). */
const PUBLIC_PROFILE_KEYS = ['district', 'id', 'kind', 'memberCount', 'name', 'province', 'regency', 'regionCode', 'sectors', 'village'];

/**
 * Signed webhooks to a real HTTP receiver that verifies every delivery with the standardwebhooks
 * library; retries with one webhook-id, dead letters and redrive. Each test works in a sector
 * of its own, so its partner meets only its cooperative.
 */
describe('signed webhooks to partners', () => {
  let catcher: SmtpCatcher;
  let receiver: WebhookReceiver;
  let environment: TestEnvironment;
  let stack: Awaited<ReturnType<typeof startServices>>;
  let actors: WorkflowActors;

  beforeAll(async () => {
    catcher = await new SmtpCatcher().start();
    receiver = await new WebhookReceiver().start();
    environment = await createTestEnvironment({
      SMTP_URL: catcher.url,
      WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true',
      DELIVERY_BACKOFF_BASE_MS: '200',
      DELIVERY_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
      LOGIN_ATTEMPTS_PER_MINUTE: '100000',
    });
    stack = await startServices(environment.env);
    actors = await new WorkflowActors(stack.baseUrl).start();
  });

  afterAll(async () => {
    await stack?.stopAll();
    await environment?.dispose();
    await receiver?.stop();
    await catcher?.stop();
  });

  /** A partner in one sector whose webhooks go to the receiver's `path`. */
  async function partnerAt(path: string, sector: string) {
    const partner = await actors.partner({ sectors: [sector], commodities: ['rice'], webhookUrl: receiver.url(path) });
    receiver.secret(path, partner.webhookSecret);
    return partner;
  }

  /** A cooperative in `sector`, approved: matching proposes it to the sector's partner. */
  async function matchedCooperative(sector: string) {
    const cooperative = await actors.approvedCooperative({ sectors: [sector, 'AGRICULTURE'] }, { sector });
    await actors.waitForState(cooperative.id, 'MATCHING');
    return cooperative;
  }

  /** The WEBHOOK notification of a cooperative's partner.matched event for a partner. */
  async function matchedWebhookRow(cooperativeId: string, partnerId: string) {
    const query = async () =>
      (
        await environment.db.query<{ id: string; event_id: string }>(
          `SELECT n.id, n.event_id FROM notifications n JOIN domain_events e ON e.id = n.event_id
            WHERE e.aggregate_id = $1 AND e.type = 'partner.matched' AND n.channel = 'WEBHOOK' AND n.recipient_id = $2`,
          [cooperativeId, partnerId],
        )
      ).rows;
    const rows = await pollUntil(query, (found) => found.length > 0, { what: 'the partner.matched webhook notification' });
    expect(rows).toHaveLength(1);
    return rows[0];
  }

  const waitForRequests = (path: string, type: string, done: (deliveries: ReceivedWebhook[]) => boolean, what: string) =>
    pollUntil(async () => receiver.at(path, type), done, { timeoutMs: 30_000, what });

  it('delivers a verifiable partner.matched with the cooperative\'s public profile', async () => {
    const partner = await partnerAt('/plantation', 'PLANTATION');
    // Its welcome arrives signed too.
    const [welcome] = await waitForRequests('/plantation', 'partner.registered', (got) => got.length === 1, 'the partner.registered webhook');
    expect(receiver.verify(welcome)).toBe(true);

    const cooperative = await matchedCooperative('PLANTATION');
    const [delivery] = await waitForRequests('/plantation', 'partner.matched', (got) => got.length === 1, 'the partner.matched webhook');
    expect(delivery.verified).toBe(true);
    expect(delivery.answered).toBe(200);

    const row = await matchedWebhookRow(cooperative.id, partner.id);
    expect(delivery.headers['content-type']).toBe('application/json');
    expect(delivery.webhookId).toBe(row.id);
    expect(Number(delivery.headers['webhook-timestamp'])).toBeGreaterThan(Date.now() / 1000 - 120);
    expect(delivery.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);

    expect(Object.keys(delivery.body).sort()).toEqual(['data', 'id', 'timestamp', 'type']);
    expect(delivery.body).toMatchObject({ type: 'partner.matched', id: row.event_id });
    expect(new Date(delivery.body.timestamp).toISOString()).toBe(delivery.body.timestamp);
    const [offer] = await actors.matchesOf(partner);
    expect(delivery.body.data).toMatchObject({ matchId: offer.id, partnerId: partner.id, role: 'OFFTAKER' });
    const profile = delivery.body.data.cooperative as Record<string, unknown>;
    expect(Object.keys(profile).sort()).toEqual(PUBLIC_PROFILE_KEYS);
    expect(profile).toMatchObject({ id: cooperative.id, regionCode: expect.stringMatching(/^64\.02\./) });
    // No identifiers or contacts before the partner accepted.
    const { rows } = await environment.db.query<{ tax_number: string; contact_email: string }>(
      `SELECT tax_number, contact_email FROM cooperatives WHERE id = $1`,
      [cooperative.id],
    );
    for (const secret of ['taxNumber', 'bankAccount', 'accountNumber', 'contactEmail', 'contactPhone', rows[0].tax_number, rows[0].contact_email]) {
      expect(delivery.raw).not.toContain(secret);
    }
    await waitForDelivery(stack.baseUrl, actors.adminToken, row.id, 'SENT');
  });

  it('a receiver that fails three times then succeeds gets one accepted delivery after four attempts, one webhook-id', async () => {
    const partner = await partnerAt('/flaky', 'LIVESTOCK');
    receiver.behave('/flaky', ({ body, attempt }) => (body.type === 'partner.matched' && attempt <= 3 ? 500 : 200));
    const cooperative = await matchedCooperative('LIVESTOCK');
    const row = await matchedWebhookRow(cooperative.id, partner.id);

    const delivered = await waitForDelivery(stack.baseUrl, actors.adminToken, row.id, 'SENT');
    const requests = receiver.at('/flaky', 'partner.matched');
    expect(requests.map((delivery) => delivery.answered)).toEqual([500, 500, 500, 200]);
    expect(requests.filter((delivery) => delivery.answered < 300)).toHaveLength(1);
    expect(new Set(requests.map((delivery) => delivery.webhookId))).toEqual(new Set([row.id]));
    expect(requests.every((delivery) => delivery.verified === true)).toBe(true);
    // Retried after a growing pause (base 200 ms, jitter down to half of it).
    const gaps = requests.slice(1).map((delivery, index) => delivery.receivedAt.getTime() - requests[index].receivedAt.getTime());
    expect(gaps.every((gap) => gap >= 100)).toBe(true);

    expect(delivered).toMatchObject({ channel: 'WEBHOOK', recipientType: 'PARTNER', recipientId: partner.id, attempts: 4, lastError: null });
    expect(delivered.attemptLog.map((attempt) => [attempt.attempt, attempt.outcome, attempt.statusCode])).toEqual([
      [1, 'FAILED', 500],
      [2, 'FAILED', 500],
      [3, 'FAILED', 500],
      [4, 'SENT', 200],
    ]);
  });

  it('a receiver that always fails leaves a DEAD delivery, which a redrive delivers once it is fixed', async () => {
    let down = true;
    const partner = await partnerAt('/down', 'PROCESSED_FOOD');
    receiver.behave('/down', ({ body }) => (body.type === 'partner.matched' && down ? 503 : 200));
    const cooperative = await matchedCooperative('PROCESSED_FOOD');
    const row = await matchedWebhookRow(cooperative.id, partner.id);

    const dead = await waitForDelivery(stack.baseUrl, actors.adminToken, row.id, 'DEAD');
    expect(dead).toMatchObject({ attempts: MAX_ATTEMPTS, lastError: 'HTTP 503', address: receiver.url('/down') });
    expect(dead.attemptLog.map((attempt) => [attempt.outcome, attempt.statusCode])).toEqual([
      ['FAILED', 503],
      ['FAILED', 503],
      ['FAILED', 503],
      ['DEAD', 503],
    ]);
    expect(receiver.at('/down', 'partner.matched').map((delivery) => delivery.answered)).toEqual([503, 503, 503, 503]);

    down = false;
    const redriven = await actors
      .api()
      .post(`/v1/admin/deliveries/${row.id}/redrive`)
      .auth(actors.adminToken, { type: 'bearer' })
      .expect(202);
    expect(redriven.body).toEqual({ id: row.id, status: 'PENDING' });

    const sent = await waitForDelivery(stack.baseUrl, actors.adminToken, row.id, 'SENT');
    expect(sent).toMatchObject({ redrives: 1, attempts: MAX_ATTEMPTS + 1 });
    expect(sent.attemptLog.at(-1)).toMatchObject({ outcome: 'SENT', statusCode: 200 });
    const requests = receiver.at('/down', 'partner.matched');
    expect(requests.map((delivery) => delivery.answered)).toEqual([503, 503, 503, 503, 200]);
    expect(new Set(requests.map((delivery) => delivery.webhookId))).toEqual(new Set([row.id]));
    expect(requests.every((delivery) => delivery.verified === true)).toBe(true);

    // Only a dead delivery is redriven.
    const again = await actors.api().post(`/v1/admin/deliveries/${row.id}/redrive`).auth(actors.adminToken, { type: 'bearer' }).expect(409);
    expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('HTTP 410 Gone is a permanent failure: DEAD after one attempt', async () => {
    const partner = await partnerAt('/gone', 'HEALTH');
    receiver.behave('/gone', ({ body }) => (body.type === 'partner.matched' ? 410 : 200));
    const cooperative = await matchedCooperative('HEALTH');
    const row = await matchedWebhookRow(cooperative.id, partner.id);

    const dead = await waitForDelivery(stack.baseUrl, actors.adminToken, row.id, 'DEAD');
    expect(dead).toMatchObject({ attempts: 1, lastError: 'HTTP 410' });
    expect(dead.attemptLog).toEqual([expect.objectContaining({ attempt: 1, outcome: 'DEAD', statusCode: 410 })]);
    // Its delivery job is consumed: nothing is left to try again.
    await pollUntil(
      async () => (await environment.db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE job_id = $1`, [row.id])).rows[0].n,
      (n) => n === 0,
      { what: 'the delivery job to be consumed' },
    );
    expect(receiver.at('/gone', 'partner.matched')).toHaveLength(1);
  });
});

/**
 * Without WEBHOOK_ALLOW_PRIVATE_ADDRESSES (off by default): a URL on a loopback, link-local or
 * private address is refused when given, and a delivery to one (written past the API) is
 * refused when dialled and goes DEAD at once, without reaching the address.
 */
describe('webhooks to private addresses', () => {
  let receiver: WebhookReceiver;
  let catcher: SmtpCatcher;
  let environment: TestEnvironment;
  let stack: Awaited<ReturnType<typeof startServices>>;
  let adminToken: string;

  beforeAll(async () => {
    receiver = await new WebhookReceiver().start();
    catcher = await new SmtpCatcher().start();
    environment = await createTestEnvironment({
      SMTP_URL: catcher.url,
      DELIVERY_BACKOFF_BASE_MS: '200',
      DELIVERY_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
      LOGIN_ATTEMPTS_PER_MINUTE: '100000',
    });
    expect(environment.env.WEBHOOK_ALLOW_PRIVATE_ADDRESSES).toBeUndefined();
    stack = await startServices(environment.env, ['api', 'notifier']);
    adminToken = await login(stack.baseUrl, TEST_ADMIN.email, TEST_ADMIN.password);
  });

  afterAll(async () => {
    await stack?.stopAll();
    await environment?.dispose();
    await receiver?.stop();
    await catcher?.stop();
  });

  const register = (webhookUrl?: string) =>
    request(stack.baseUrl)
      .post('/v1/partners')
      .auth(adminToken, { type: 'bearer' })
      .send({
        name: `PT Mitra ${randomUUID().slice(0, 8)}`,
        type: 'PRIVATE',
        roles: ['OFFTAKER'],
        sectors: ['AGRICULTURE'],
        commodities: ['rice'],
        regionCodes: ['64.02'],
        capacity: 5,
        contactEmail: 'kemitraan@example.co.id',
        ...(webhookUrl ? { webhookUrl } : {}),
        user: { email: `partner-${randomUUID()}@example.id`, password: PASSWORD },
      });

  const PRIVATE_URLS = [
    'http://127.0.0.1:9/hook',
    'http://localhost:9/hook',
    'http://[::1]:9/hook',
    'http://10.1.2.3/hook',
    'http://192.168.1.10/hook',
    'http://169.254.169.254/latest/meta-data',
  ];

  it.each(PRIVATE_URLS)('refuses to register a partner with webhook URL %s (400 problem+json)', async (url) => {
    const refused = await register(url).expect(400);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 400, errors: [expect.objectContaining({ field: 'webhookUrl' })] });
    const { rows } = await environment.db.query(`SELECT count(*)::int AS n FROM partners WHERE webhook_url = $1`, [url]);
    expect(rows[0].n).toBe(0);
  });

  it('refuses to change a partner\'s webhook URL to a private address', async () => {
    const partner = await register().expect(201);
    for (const url of ['http://127.0.0.1:9/hook', 'http://localhost:9/hook']) {
      const refused = await request(stack.baseUrl)
        .patch(`/v1/partners/${partner.body.id}`)
        .auth(adminToken, { type: 'bearer' })
        .send({ webhookUrl: url })
        .expect(400);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'webhookUrl' })]);
    }
    const { rows } = await environment.db.query(`SELECT webhook_url FROM partners WHERE id = $1`, [partner.body.id]);
    expect(rows[0].webhook_url).toBeNull();
  });

  /** A partner whose URL was written straight to the database (past the API's check), then changed: partner.updated goes to its webhook. */
  async function deliveryToStoredUrl(url: string) {
    const partner = await register().expect(201);
    // Its welcome (partner.registered) was fanned out while it had no URL: no webhook for it.
    const { rows: registered } = await environment.db.query<{ id: string }>(`SELECT id FROM domain_events WHERE aggregate_id = $1`, [partner.body.id]);
    await waitForFanOut(environment.db, registered.map((event) => event.id));
    await environment.db.query(`UPDATE partners SET webhook_url = $2 WHERE id = $1`, [partner.body.id, url]);
    await request(stack.baseUrl).patch(`/v1/partners/${partner.body.id}`).auth(adminToken, { type: 'bearer' }).send({ capacity: 6 }).expect(200);
    const { rows: events } = await environment.db.query<{ id: string }>(
      `SELECT id FROM domain_events WHERE aggregate_id = $1 AND type = 'partner.updated'`,
      [partner.body.id],
    );
    expect(events).toHaveLength(1);
    await waitForFanOut(environment.db, [events[0].id]);
    const webhook = (await notificationsFor(environment.db, { eventId: events[0].id })).find((row) => row.channel === 'WEBHOOK');
    expect(webhook).toMatchObject({ recipient_type: 'PARTNER', recipient_id: partner.body.id });
    await pollUntil(
      async () => (await deliveryView(stack.baseUrl, adminToken, webhook!.id))!.status,
      (status) => status === 'DEAD' || status === 'SENT',
      { timeoutMs: 30_000, what: 'the delivery to settle' },
    );
    return (await deliveryView(stack.baseUrl, adminToken, webhook!.id))!;
  }

  it('a delivery to a name that resolves to loopback goes DEAD at once, naming the address', async () => {
    const delivery = await deliveryToStoredUrl(receiver.url('/by-name').replace('127.0.0.1', 'localhost'));
    expect({ status: delivery.status, attempts: delivery.attemptLog.map((attempt) => attempt.outcome) }).toEqual({ status: 'DEAD', attempts: ['DEAD'] });
    expect(delivery.lastError).toMatch(/localhost resolves to (127\.0\.0\.1|::1), which is not a public address/);
    expect(receiver.at('/by-name')).toEqual([]);
  });

  it('a delivery to a loopback IP address goes DEAD at once, naming the address, and never reaches it', async () => {
    const delivery = await deliveryToStoredUrl(receiver.url('/by-address'));
    expect({
      status: delivery.status,
      attempts: delivery.attemptLog.map((attempt) => attempt.outcome),
      reachedTheAddress: receiver.at('/by-address').length,
    }).toEqual({ status: 'DEAD', attempts: ['DEAD'], reachedTheAddress: 0 });
    expect(delivery.lastError).toMatch(/127\.0\.0\.1.*not a public address/);
  });
});
