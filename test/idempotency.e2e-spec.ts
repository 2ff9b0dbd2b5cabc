import request from 'supertest';
import {
  createTestEnvironment,
  kukarVillages,
  login,
  registrationFor,
  startServices,
  TEST_ADMIN,
  TestEnvironment,
} from '@kdmp/testing';

/** "Idempotency keys" (docs/api.md): the Idempotency-Key header, against the real api. */
describe('Idempotency-Key, end to end', () => {
  let environment: TestEnvironment;
  let stack: Awaited<ReturnType<typeof startServices>>;
  const villages = kukarVillages();

  beforeAll(async () => {
    environment = await createTestEnvironment();
    stack = await startServices(environment.env, ['api']);
  });

  afterAll(async () => {
    await stack?.stopAll();
    await environment?.dispose();
  });

  const api = () => request(stack.baseUrl);
  const register = (key: string, body: object) => api().post('/v1/cooperatives').set('Idempotency-Key', key).send(body);
  const cooperativesIn = async (regionCode: string): Promise<number> =>
    (await environment.db.query(`SELECT count(*)::int AS n FROM cooperatives WHERE region_code = $1`, [regionCode])).rows[0].n;

  it('the same key with the same body answers the first answer again and registers once', async () => {
    const body = registrationFor(villages[0]);
    const first = await register('retry-1', body).expect(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const second = await register('retry-1', body).expect(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body).toEqual(first.body);
    expect(second.body.id).toBe(first.body.id);
    expect(await cooperativesIn(villages[0].regionCode)).toBe(1);
    // The same body with its keys in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const third = await register('retry-1', reordered).expect(201);
    expect(third.body).toEqual(first.body);
    expect(third.headers['idempotent-replayed']).toBe('true');
  });

  it('the same key with another body is 422', async () => {
    const body = registrationFor(villages[1]);
    await register('retry-2', body).expect(201);
    const other = await register('retry-2', registrationFor(villages[2])).expect(422);
    expect(other.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(other.body).toMatchObject({ status: 422, detail: expect.stringContaining('different request') });
    expect(await cooperativesIn(villages[2].regionCode)).toBe(0);
  });

  it('the same key sent ten times at once registers once: each answer is the one result or 409', async () => {
    const body = registrationFor(villages[3]);
    const answers = await Promise.all(Array.from({ length: 10 }, () => register('burst-1', body)));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    const created = answers.filter((answer) => answer.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((answer) => answer.body.id)).size).toBe(1);
    expect(created.filter((answer) => answer.headers['idempotent-replayed'] === undefined)).toHaveLength(1);
    for (const conflict of answers.filter((answer) => answer.status === 409)) {
      expect(conflict.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(conflict.body.detail).toContain('still in progress');
    }
    expect(await cooperativesIn(villages[3].regionCode)).toBe(1);
    // Once settled, the key answers the one result.
    const settled = await register('burst-1', body).expect(201);
    expect(settled.body.id).toBe(created[0].body.id);
  });

  it.each([
    ['too long', 'k'.repeat(201)],
    ['far too long', 'k'.repeat(300)],
    ['with a space', 'two words'],
    ['with a slash', 'a/b'],
  ])('a key %s is 400', async (_name, key) => {
    const body = registrationFor(villages[4]);
    const response = await register(key, body).expect(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
    expect(await cooperativesIn(villages[4].regionCode)).toBe(0);
  });

  it('a key of 200 allowed characters is accepted', async () => {
    const key = 'Ab0_.:-'.repeat(29).slice(0, 200);
    await register(key, registrationFor(villages[5])).expect(201);
  });

  it('a failed request does not use the key up: the same request runs again', async () => {
    const invalid = registrationFor(villages[6], { memberCount: 8 });
    const first = await register('failing-1', invalid).expect(400);
    expect(first.body.errors.map((error: { field: string }) => error.field)).toContain('memberCount');
    const again = await register('failing-1', invalid).expect(400);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect(again.body.errors.map((error: { field: string }) => error.field)).toContain('memberCount');
    const { rows } = await environment.db.query(`SELECT 1 FROM idempotency_keys WHERE key = 'failing-1'`);
    expect(rows).toHaveLength(0);
    // And it is free for a valid request.
    await register('failing-1', registrationFor(villages[6])).expect(201);
    expect(await cooperativesIn(villages[6].regionCode)).toBe(1);
  });

  it('an expired key is as good as new', async () => {
    const body = registrationFor(villages[7]);
    const first = await register('expiring-1', body).expect(201);
    await environment.db.query(`UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = 'expiring-1'`);
    // The first run registered the region, so running again is a 409 conflict, not a replay.
    const again = await register('expiring-1', body).expect(409);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect(again.body.detail).not.toContain('Idempotency-Key');
    expect(first.body.id).toBeDefined();
    // That failure released the key again.
    const { rows } = await environment.db.query(`SELECT 1 FROM idempotency_keys WHERE key = 'expiring-1'`);
    expect(rows).toHaveLength(0);
  });

  it('an authenticated command is replayed to the same caller and runs once', async () => {
    const token = await login(stack.baseUrl, TEST_ADMIN.email, TEST_ADMIN.password);
    const body = { email: 'admin.idempoten@example.id', password: 'rahasia-uji-12345', role: 'ADMIN' };
    const createUser = () => api().post('/v1/users').auth(token, { type: 'bearer' }).set('Idempotency-Key', 'user-1').send(body);
    const first = await createUser().expect(201);
    const second = await createUser().expect(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body).toEqual(first.body);
    const { rows } = await environment.db.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [body.email]);
    expect(rows[0].n).toBe(1);
    // Keys belong to their caller: the same key without a token is another owner's key.
    const { rows: owners } = await environment.db.query(`SELECT owner FROM idempotency_keys WHERE key = 'user-1'`);
    expect(owners).toHaveLength(1);
    expect(owners[0].owner).not.toBe('anonymous');
  });

  it('login ignores the header', async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await api()
        .post('/v1/auth/login')
        .set('Idempotency-Key', 'not valid because of spaces')
        .send({ email: TEST_ADMIN.email, password: TEST_ADMIN.password })
        .expect(200);
      expect(response.headers['idempotent-replayed']).toBeUndefined();
    }
  });
});
