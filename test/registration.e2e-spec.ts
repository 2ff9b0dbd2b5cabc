import request from 'supertest';
import {
  createTestEnvironment,
  login,
  kukarVillages,
  pollUntil,
  registrationFor,
  startServices,
  TEST_ADMIN,
  TestEnvironment,
} from '@kdmp/testing';

const METRICS_TOKEN = 'scraper-token-0123456789';

/** The registration slice over HTTP, against the three services as a user runs them. */
describe('registration, end to end', () => {
  let environment: TestEnvironment;
  let stack: Awaited<ReturnType<typeof startServices>>;
  const villages = kukarVillages();
  let adminId: string;

  beforeAll(async () => {
    environment = await createTestEnvironment({ METRICS_TOKEN });
    // An admin of Kalimantan Timur who should hear of new cooperatives in the region.
    const { rows } = await environment.db.query<{ id: string }>(
      `INSERT INTO users (id, email, password_hash, role, region_codes)
       VALUES (gen_random_uuid(), 'admin.kaltim@example.id', 'x', 'ADMIN', '{64}') RETURNING id`,
    );
    adminId = rows[0].id;
    stack = await startServices(environment.env);
  });

  afterAll(async () => {
    await stack?.stopAll();
    await environment?.dispose();
  });

  const api = () => request(stack.baseUrl);

  it('registers a cooperative, records the event and welcomes its officer', async () => {
    const body = registrationFor(villages[0]);
    const created = await api().post('/v1/cooperatives').set('x-correlation-id', 'e2e-registration-1').send(body).expect(201);
    expect(created.body).toMatchObject({
      name: body.name,
      regionCode: '64.02.01.2001',
      districtCode: '64.02.01',
      regencyCode: '64.02',
      provinceCode: '64',
      kind: 'DESA',
      state: 'REGISTERED',
      version: 1,
    });
    const id = created.body.id as string;
    const officer = body.officer as { email: string; password: string };
    const token = await login(stack.baseUrl, officer.email, officer.password);

    const fetched = await api().get(`/v1/cooperatives/${id}`).auth(token, { type: 'bearer' }).expect(200);
    expect(fetched.body).toMatchObject({ id, state: 'REGISTERED', version: 1 });

    const timeline = await api().get(`/v1/cooperatives/${id}/timeline`).auth(token, { type: 'bearer' }).expect(200);
    expect(timeline.body).toEqual([
      expect.objectContaining({
        sequence: 1,
        type: 'cooperative.registered',
        fromState: null,
        toState: 'REGISTERED',
        correlationId: 'e2e-registration-1',
        actor: { type: 'SYSTEM', name: 'self-registration' },
      }),
    ]);

    const notifications = await pollUntil(
      async () =>
        (
          await environment.db.query(
            `SELECT n.recipient_id, n.channel, n.template, n.title, n.correlation_id, u.role
               FROM notifications n JOIN users u ON u.id = n.recipient_id
              WHERE n.data->>'cooperativeId' = $1 AND n.channel = 'IN_APP' ORDER BY u.role`,
            [id],
          )
        ).rows,
      (rows) => rows.length >= 3,
      { what: 'the welcome and the admins\' notifications' },
    );
    // The officer, the regional admin and the first admin (who covers every region).
    expect(notifications).toHaveLength(3);
    expect(notifications).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'ADMIN', recipient_id: adminId, channel: 'IN_APP', correlation_id: 'e2e-registration-1' }),
        expect.objectContaining({ role: 'COOPERATIVE', channel: 'IN_APP', correlation_id: 'e2e-registration-1' }),
      ]),
    );
    // Each of them has an email address: an email delivery each, too.
    const { rows: emails } = await environment.db.query(
      `SELECT count(*)::int AS n FROM notifications WHERE data->>'cooperativeId' = $1 AND channel = 'EMAIL'`,
      [id],
    );
    expect(emails[0].n).toBe(3);
    // The fan-out's outbox row was consumed (deliveries to the absent mail server may still be in flight).
    await pollUntil(
      async () => (await environment.db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE job_name = 'fan-out-event'`)).rows[0].n,
      (n) => n === 0,
      { what: 'the fan-out to be consumed' },
    );
    // The correlation id followed the work into the notifier's logs.
    expect(stack.services.notifier.logs()).toContain('e2e-registration-1');
  });

  it('answers 409 when the region already has a cooperative', async () => {
    const body = registrationFor(villages[1]);
    await api().post('/v1/cooperatives').send(body).expect(201);
    const again = await api()
      .post('/v1/cooperatives')
      .send({ ...body, officer: { email: 'other@example.id', password: 'rahasia-desa-123' } })
      .expect(409);
    expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  describe('bad input is a problem+json and changes nothing', () => {
    const cases: [string, (body: Record<string, unknown>) => unknown, number, string?][] = [
      ['an unknown field', (body) => ({ ...body, state: 'PARTNERED' }), 400, 'state'],
      ['a wrong type', (body) => ({ ...body, memberCount: '25' }), 400, 'memberCount'],
      ['a fractional member count', (body) => ({ ...body, memberCount: 9.5 }), 400, 'memberCount'],
      ['too few members', (body) => ({ ...body, memberCount: 8 }), 400, 'memberCount'],
      ['an unknown sector', (body) => ({ ...body, sectors: ['MINING'] }), 400, 'sectors'],
      ['a malformed region code', (body) => ({ ...body, regionCode: '64-02-01-2001' }), 400, 'regionCode'],
      ['an unknown province', (body) => ({ ...body, regionCode: '99.02.01.2001' }), 400, 'regionCode'],
      ['a kind that contradicts the region code', (body) => ({ ...body, kind: 'KELURAHAN' }), 400, 'kind'],
      ['a short officer password', (body) => ({ ...body, officer: { email: 'a@example.id', password: 'short' } }), 400, 'officer.password'],
      ['an unknown nested field', (body) => ({ ...body, officer: { email: 'a@example.id', password: 'rahasia-desa-123', role: 'ADMIN' } }), 400, 'officer.role'],
    ];

    it.each(cases)('%s', async (_name, mutate, status, field) => {
      const body = mutate(registrationFor(villages[10]));
      const response = await api().post('/v1/cooperatives').send(body as object).expect(status);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
      if (field) expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      const { rows } = await environment.db.query(`SELECT 1 FROM cooperatives WHERE region_code = $1`, [villages[10].regionCode]);
      expect(rows).toHaveLength(0);
    });

    it('malformed JSON is 400', async () => {
      const response = await api()
        .post('/v1/cooperatives')
        .set('content-type', 'application/json')
        .send('{"name": "Koperasi",')
        .expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.type).toContain('malformed-json');
    });

    it('a body over 1 MiB is 413', async () => {
      const response = await api()
        .post('/v1/cooperatives')
        .set('content-type', 'application/json')
        .send(JSON.stringify({ ...registrationFor(villages[10]), name: 'x'.repeat(1024 * 1024 + 10) }))
        .expect(413);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    });

    it('an unknown id is 404, and so is a malformed one', async () => {
      const token = await login(stack.baseUrl, TEST_ADMIN.email, TEST_ADMIN.password);
      for (const id of ['0192f7a0-0000-7000-8000-000000000000', 'not-a-uuid']) {
        const response = await api().get(`/v1/cooperatives/${id}`).auth(token, { type: 'bearer' }).expect(404);
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      }
      await api().get('/v1/cooperatives/0192f7a0-0000-7000-8000-000000000000/timeline').auth(token, { type: 'bearer' }).expect(404);
    });
  });

  it('guards versions: a stale expectedVersion is 409, two concurrent commands with one version give one winner', async () => {
    const body = registrationFor(villages[2]);
    const created = await api().post('/v1/cooperatives').send(body).expect(201);
    const id = created.body.id as string;
    const officer = body.officer as { email: string; password: string };
    const token = await login(stack.baseUrl, officer.email, officer.password);
    const withdraw = (payload: object) => api().post(`/v1/cooperatives/${id}/withdraw`).auth(token, { type: 'bearer' }).send(payload);

    const stale = await withdraw({ expectedVersion: 7 }).expect(409);
    expect(stale.body.type).toContain('version-conflict');

    const attempts = await Promise.all([1, 2].map(() => withdraw({ expectedVersion: 1, reason: 'race' })));
    expect(attempts.map((response) => response.status).sort()).toEqual([200, 409]);
    const timeline = await api().get(`/v1/cooperatives/${id}/timeline`).auth(token, { type: 'bearer' }).expect(200);
    expect(timeline.body.map((entry: { type: string }) => entry.type)).toEqual(['cooperative.registered', 'cooperative.withdrawn']);
    // A person's command records the person.
    const { rows: officers } = await environment.db.query(`SELECT id FROM users WHERE cooperative_id = $1`, [id]);
    expect(timeline.body[1].actor).toEqual({ type: 'USER', userId: officers[0].id });

    // From WITHDRAWN nothing is allowed: an illegal transition says so.
    const illegal = await withdraw({}).expect(409);
    expect(illegal.body).toMatchObject({ currentState: 'WITHDRAWN', allowedCommands: [] });
  });

  it('serves Prometheus metrics, the outbox backlog and the queues among them, to the holder of METRICS_TOKEN only', async () => {
    const anonymous = await api().get('/metrics').expect(401);
    expect(anonymous.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(anonymous.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    await api().get('/metrics').auth('not-the-scraper-token', { type: 'bearer' }).expect(401);
    // A user's access token is no key to the metrics either.
    await api().get('/metrics').auth(await login(stack.baseUrl, TEST_ADMIN.email, TEST_ADMIN.password), { type: 'bearer' }).expect(401);

    const metrics = await api().get('/metrics').auth(METRICS_TOKEN, { type: 'bearer' }).expect(200);
    expect(metrics.text).toMatch(/^kdmp_outbox_pending_messages \d+$/m);
    expect(metrics.text).toMatch(/kdmp_queue_jobs\{queue="notifications",state="waiting"\} \d+/);
    expect(metrics.text).toContain('kdmp_http_request_duration_seconds_bucket');
    // Requests are labelled by their route pattern, not their URL.
    expect(metrics.text).toMatch(/kdmp_http_request_duration_seconds_count\{[^}]*route="\/v1\/cooperatives\/:id"[^}]*\} \d+/);
    expect(metrics.text).not.toMatch(/route="\/v1\/cooperatives\/[0-9a-f]{8}-/);
  });

  it('the API consumes no queue, so it starts no workers; the workflow and the notifier say what they consume', () => {
    expect(stack.services.api.logs()).not.toContain('Consuming');
    expect(stack.services.workflow.logs()).toContain('Consuming pipeline with');
    expect(stack.services.notifier.logs()).toContain('Consuming notifications, deliveries with');
  });

  it('serves health and the OpenAPI document', async () => {
    await api().get('/health/live').expect(200);
    const ready = await api().get('/health/ready').expect(200);
    expect(ready.body.info).toMatchObject({ postgres: { status: 'up' }, redis: { status: 'up' } });
    const docs = await api().get('/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/v1/cooperatives', '/v1/cooperatives/{id}', '/v1/cooperatives/{id}/timeline']),
    );
  });
});
