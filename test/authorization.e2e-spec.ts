import { createHmac, randomUUID } from 'node:crypto';
import request from 'supertest';
import { ROUTE_TABLE, RouteAccess, RouteKey } from '../apps/api/src/auth/route-table';
import {
  businessPlanFor,
  createTestEnvironment,
  pollUntil,
  insertAccountLink,
  insertUser,
  kukarVillages,
  login,
  registrationFor,
  startServices,
  TEST_ADMIN,
  TEST_JWT_SECRET,
  TestEnvironment,
} from '@kdmp/testing';
import { WorkflowActors } from './support/workflow-actors';

type Role = 'ADMIN' | 'REVIEWER' | 'COOPERATIVE' | 'PARTNER';
type Caller = Role | 'ANONYMOUS';
type Target = 'own' | 'foreign' | 'missing';

const CALLERS: Caller[] = ['ANONYMOUS', 'ADMIN', 'REVIEWER', 'COOPERATIVE', 'PARTNER'];
const TARGETS: Target[] = ['own', 'foreign', 'missing'];
const PASSWORD = 'rahasia-uji-12345';

type Scope = NonNullable<RouteAccess['scope']>;

/**
 * What each role may see (docs/domain.md, Actors): an admin everything; an officer its own
 * cooperative, its review and matches; a reviewer the cooperatives and reviews of its regions;
 * a partner its own organisation and matches (the "own" cooperative here was never matched to
 * it, so it is not visible to the partner).
 */
function sees(role: Role, scope: Scope, target: Target): boolean {
  if (target === 'missing') return false;
  // An inbox is its owner's alone, an admin's included.
  if (scope === 'notification') return target === 'own';
  if (role === 'ADMIN') return true;
  if (target === 'foreign') return false;
  const ownVisible: Record<Role, Scope[]> = {
    ADMIN: [],
    COOPERATIVE: ['cooperative', 'review', 'match'],
    REVIEWER: ['cooperative', 'review'],
    PARTNER: ['partner', 'match'],
  };
  return ownVisible[role].includes(scope);
}

function expectedStatus(access: RouteAccess, caller: Caller, target: Target | null): number {
  if (access.public && access.roles.length === 0) return access.success;
  if (caller === 'ANONYMOUS') return access.public ? access.success : 401;
  if (!(access.roles as readonly string[]).includes(caller)) return 403;
  if (access.scope && target) return sees(caller, access.scope, target) ? access.success : 404;
  return access.success;
}

/** One JWT, built by hand so the attacks can be too. */
function jwt(header: object, payload: object, secret: string | null): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const unsigned = `${encode(header)}.${encode(payload)}`;
  const signature = secret === null ? '' : createHmac('sha256', secret).update(unsigned).digest('base64url');
  return `${unsigned}.${signature}`;
}

describe('identity and access', () => {
  const villages = kukarVillages();
  let environment: TestEnvironment;
  let stack: Awaited<ReturnType<typeof startServices>>;
  let nextVillage = 0;
  const tokens = {} as Record<Role, string>;
  const users = {} as Record<Role, { id: string; email: string }>;
  let ownCooperativeId: string; // the officer's, in Kukar (the reviewer's region)
  let foreignCooperativeId: string; // another officer's, outside the reviewer's region
  let ownReviewId: string;
  let foreignReviewId: string;
  let actors: WorkflowActors;
  let ownPartnerId: string;
  let foreignPartnerId: string;
  let foreignMatchId: string;
  const notificationOf = {} as Record<Role, string>;
  let deadDeliveries: string[] = [];

  const api = () => request(stack.baseUrl);

  async function registerCooperative(overrides: Record<string, unknown> = {}) {
    const body = registrationFor(villages[nextVillage++], {
      officer: { email: `officer-${randomUUID()}@example.id`, password: PASSWORD },
      ...overrides,
    });
    const response = await api().post('/v1/cooperatives').send(body).expect(201);
    const officer = body.officer as { email: string };
    return { id: response.body.id as string, officerToken: await login(stack.baseUrl, officer.email, PASSWORD) };
  }

  /** Submits a plan and waits for screening to open its review. */
  async function reviewOf(cooperative: { id: string; officerToken: string }): Promise<string> {
    await api().post(`/v1/cooperatives/${cooperative.id}/business-plans`).auth(cooperative.officerToken, { type: 'bearer' }).send(businessPlanFor()).expect(202);
    const { rows } = await pollUntil(
      () => environment.db.query<{ id: string }>(`SELECT id FROM reviews WHERE cooperative_id = $1`, [cooperative.id]),
      (result) => result.rows.length === 1,
      { what: 'screening to open the review' },
    );
    return rows[0].id;
  }

  /** An approved cooperative in the sector, matched to the partner: the partner's open proposal. */
  async function matchOf(partner: { token: string }, sector: string): Promise<string> {
    const cooperative = await actors.approvedCooperative({ sectors: [sector] }, { sector });
    await actors.waitForState(cooperative.id, 'MATCHING');
    const offers = await actors.matchesOf(partner, '?status=PROPOSED');
    return offers.find((offer) => offer.cooperativeId === cooperative.id)!.id;
  }

  const ACEH = { kind: 'DESA', regency: 'Kabupaten Aceh Selatan', province: 'Aceh' };
  let acehVillage = 2001;

  beforeAll(async () => {
    environment = await createTestEnvironment({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    stack = await startServices(environment.env);
    tokens.ADMIN = await login(stack.baseUrl, TEST_ADMIN.email, TEST_ADMIN.password);

    const reviewer = await api()
      .post('/v1/users')
      .auth(tokens.ADMIN, { type: 'bearer' })
      .send({ email: 'reviewer.kukar@example.id', password: PASSWORD, role: 'REVIEWER', stages: ['DESK_REVIEW'], regionCodes: ['64.02'] })
      .expect(201);
    users.REVIEWER = reviewer.body;
    tokens.REVIEWER = await login(stack.baseUrl, 'reviewer.kukar@example.id', PASSWORD);

    const own = await registerCooperative();
    ownCooperativeId = own.id;
    tokens.COOPERATIVE = own.officerToken;
    // Aceh: outside the reviewer's region and not the officer's.
    const foreign = await registerCooperative({ ...ACEH, regionCode: `11.01.01.${acehVillage++}` });
    foreignCooperativeId = foreign.id;
    [ownReviewId, foreignReviewId] = await Promise.all([reviewOf(own), reviewOf(foreign)]);

    actors = await new WorkflowActors(stack.baseUrl, 150).start();
    const partner = await actors.partner({ sectors: ['TOURISM'], regionCodes: ['NATIONAL'], capacity: 100 });
    ownPartnerId = partner.id;
    tokens.PARTNER = partner.token;
    users.PARTNER = { id: partner.userId, email: '' };
    const foreignPartner = await actors.partner({ sectors: ['HEALTH'], regionCodes: ['NATIONAL'] });
    foreignPartnerId = foreignPartner.id;
    foreignMatchId = await matchOf(foreignPartner, 'HEALTH');

    // Every caller has something in its inbox by now (a welcome, work waiting, a proposal...).
    for (const role of ['ADMIN', 'REVIEWER', 'COOPERATIVE', 'PARTNER'] as Role[]) {
      const me = await api().get('/v1/me').auth(tokens[role], { type: 'bearer' }).expect(200);
      const { rows } = await pollUntil(
        () => environment.db.query<{ id: string }>(`SELECT id FROM notifications WHERE recipient_id = $1 AND channel = 'IN_APP' LIMIT 1`, [me.body.id]),
        (result) => result.rows.length === 1,
        { what: `a notification for the ${role}` },
      );
      notificationOf[role] = rows[0].id;
    }
    // Dead deliveries for the redrive cases: emails that failed for good.
    const { rows: dead } = await environment.db.query<{ id: string }>(
      `INSERT INTO notifications (id, event_id, event_type, recipient_type, recipient_id, channel, template, locale, title, body, status, correlation_id, address)
       SELECT gen_random_uuid(), n.event_id, n.event_type, n.recipient_type, gen_random_uuid(), 'EMAIL', n.template, n.locale, n.title, n.body, 'DEAD', n.correlation_id, 'nobody@example.id'
         FROM notifications n CROSS JOIN generate_series(1, 40) AS copy WHERE n.id = $1
       ON CONFLICT DO NOTHING RETURNING id`,
      [notificationOf.ADMIN],
    );
    deadDeliveries = dead.map((row) => row.id);
  });

  afterAll(async () => {
    await stack?.stopAll();
    await environment?.dispose();
  });

  /** A request for one route, with a body that would succeed for a caller allowed to make it. */
  async function call(key: RouteKey, caller: Caller, target: Target | null): Promise<request.Response> {
    const [method, pathTemplate] = key.split(' ') as ['GET' | 'POST' | 'PATCH', string];
    let id: string | undefined;
    let token = caller === 'ANONYMOUS' ? undefined : tokens[caller];
    const access = ROUTE_TABLE[key] as RouteAccess;
    if (target === 'missing') id = randomUUID();
    const targets: Record<Scope, Record<'own' | 'foreign', () => string>> = {
      cooperative: { own: () => ownCooperativeId, foreign: () => foreignCooperativeId },
      review: { own: () => ownReviewId, foreign: () => foreignReviewId },
      partner: { own: () => ownPartnerId, foreign: () => foreignPartnerId },
      // Accepting or declining uses the match up: a successful case gets a fresh one below.
      match: { own: () => foreignMatchId, foreign: () => foreignMatchId },
      notification: {
        own: () => notificationOf[caller === 'ANONYMOUS' ? 'ADMIN' : caller],
        foreign: () => notificationOf[caller === 'ADMIN' ? 'COOPERATIVE' : 'ADMIN'],
      },
      delivery: { own: () => deadDeliveries.pop() ?? randomUUID(), foreign: () => deadDeliveries.pop() ?? randomUUID() },
    };
    if (access.scope && (target === 'own' || target === 'foreign')) id = targets[access.scope][target]();
    if (access.scope === 'match' && target === 'own' && caller === 'PARTNER') {
      id = await matchOf({ token: tokens.PARTNER }, 'TOURISM');
    }
    const changesTheCooperative = ['POST /v1/cooperatives/:id/withdraw', 'POST /v1/cooperatives/:id/business-plans'].includes(key);
    if (changesTheCooperative && target !== 'missing' && expectedStatus(access, caller, target) < 300) {
      // A command that moves the cooperative gets a fresh one for each successful case.
      const fresh = await registerCooperative();
      id = fresh.id;
      if (caller === 'COOPERATIVE') token = fresh.officerToken;
    }
    if (key === 'POST /v1/reviews/:id/decisions' && target === 'own' && caller === 'REVIEWER') {
      id = await reviewOf(await registerCooperative());
    }
    if (key === 'POST /v1/users/:id/disable' || key === 'POST /v1/users/:id/enable') {
      // Someone else's account each time, so the callers' own tokens keep working.
      id = await insertUser(environment.db, { email: `target-${randomUUID()}@example.id`, password: PASSWORD, role: 'REVIEWER', stages: ['DESK_REVIEW'] });
    }
    if (key === 'POST /v1/me/password' && caller !== 'ANONYMOUS') {
      // A password change refuses the caller's earlier tokens: a fresh account of the caller's role.
      const email = `changing-${randomUUID()}@example.id`;
      const scope = { COOPERATIVE: { cooperativeId: ownCooperativeId }, PARTNER: { partnerId: ownPartnerId }, REVIEWER: { stages: ['DESK_REVIEW'] }, ADMIN: {} }[caller];
      await insertUser(environment.db, { email, password: PASSWORD, role: caller, ...scope });
      token = await login(stack.baseUrl, email, PASSWORD);
    }
    const path = pathTemplate.replace(':id', id ?? '');
    const bodies: Partial<Record<RouteKey, () => object>> = {
      'POST /v1/auth/login': () => TEST_ADMIN,
      'POST /v1/auth/password-reset': () => ({ email: `forgetful-${randomUUID()}@example.id` }),
      'POST /v1/me/password': () => ({ currentPassword: PASSWORD, newPassword: `${PASSWORD}-new` }),
      'POST /v1/users': () => ({ email: `admin-${randomUUID()}@example.id`, password: PASSWORD, role: 'ADMIN' }),
      'POST /v1/invitations': () => ({ email: `invited-${randomUUID()}@example.id`, role: 'REVIEWER', stages: ['DESK_REVIEW'] }),
      'POST /v1/cooperatives': () =>
        registrationFor(villages[nextVillage++], { officer: { email: `officer-${randomUUID()}@example.id`, password: PASSWORD } }),
      'POST /v1/cooperatives/import': () => [registrationFor(villages[nextVillage++], { officer: undefined })],
      'POST /v1/cooperatives/:id/withdraw': () => ({ reason: 'authorization matrix' }),
      'POST /v1/cooperatives/:id/business-plans': () => businessPlanFor(),
      'POST /v1/reviews/:id/decisions': () => ({ stage: 'DESK_REVIEW', decision: 'APPROVE' }),
      'POST /v1/partners': () => ({
        name: `PT Matriks ${randomUUID().slice(0, 8)}`,
        type: 'BUMD',
        roles: ['DISTRIBUTOR'],
        sectors: ['RETAIL'],
        commodities: [],
        regionCodes: ['64'],
        capacity: 1,
        contactEmail: 'matriks@example.co.id',
        user: { email: `partner-${randomUUID()}@example.id`, password: PASSWORD },
      }),
      'PATCH /v1/partners/:id': () => ({ commodities: ['souvenir'] }),
      'POST /v1/matches/:id/decline': () => ({ reason: 'authorization matrix' }),
      'PATCH /v1/me/preferences': () => ({ emailNotifications: false }),
    };
    // The link routes need a working token per call: an open link written to the database.
    const linkBodies: Partial<Record<RouteKey, () => Promise<object>>> = {
      'POST /v1/invitations/accept': async () => ({
        token: await insertAccountLink(environment.db, { purpose: 'INVITATION', email: `accepting-${randomUUID()}@example.id`, role: 'ADMIN' }),
        password: PASSWORD,
      }),
      'POST /v1/auth/password-reset/confirm': async () => {
        const email = `resetting-${randomUUID()}@example.id`;
        const userId = await insertUser(environment.db, { email, password: PASSWORD, role: 'ADMIN' });
        return { token: await insertAccountLink(environment.db, { purpose: 'PASSWORD_RESET', email, userId }), password: `${PASSWORD}-new` };
      },
    };
    const body: object = (await linkBodies[key]?.()) ?? bodies[key]?.() ?? {};
    const builder = method === 'GET' ? api().get(path) : method === 'PATCH' ? api().patch(path).send(body) : api().post(path).send(body);
    return token ? builder.auth(token, { type: 'bearer' }) : builder;
  }

  const cases = (Object.entries(ROUTE_TABLE) as [RouteKey, RouteAccess][]).flatMap(([key, access]) =>
    CALLERS.flatMap((caller) =>
      (access.scope ? TARGETS : [null]).map((target) => ({
        name: `${key} as ${caller}${target ? ` on ${target}` : ''} → ${expectedStatus(access, caller, target)}`,
        key,
        caller,
        target,
        expected: expectedStatus(access, caller, target),
      })),
    ),
  );

  it.each(cases)('$name', async ({ key, caller, target, expected }) => {
    const response = await call(key, caller, target);
    expect({ status: response.status, body: response.body }).toMatchObject({ status: expected });
    if (expected >= 400) expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('the route table names every endpoint the API serves', async () => {
    const docs = await api().get('/docs-json').expect(200);
    const served = Object.entries(docs.body.paths as Record<string, object>)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`))
      .filter((key) => key.includes(' /v1/'));
    expect(served.sort()).toEqual(Object.keys(ROUTE_TABLE).sort());
  });

  describe('tokens', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const me = (token: string) => api().get('/v1/me').auth(token, { type: 'bearer' });

    it('a valid token identifies the caller', async () => {
      const response = await me(tokens.REVIEWER).expect(200);
      expect(response.body).toMatchObject({ id: users.REVIEWER.id, role: 'REVIEWER', stages: ['DESK_REVIEW'], regionCodes: ['64.02'] });
      expect(response.body).not.toHaveProperty('passwordHash');
    });

    it('refuses alg: none', async () => {
      await me(jwt({ alg: 'none', typ: 'JWT' }, { sub: users.REVIEWER.id, role: 'REVIEWER', iat: now(), exp: now() + 600 }, null)).expect(401);
    });

    it('refuses a wrong signature', async () => {
      await me(jwt({ alg: 'HS256', typ: 'JWT' }, { sub: users.REVIEWER.id, role: 'REVIEWER', iat: now(), exp: now() + 600 }, 'not-the-secret-at-all-0123456789abcdef')).expect(401);
    });

    it('refuses an expired token', async () => {
      await me(jwt({ alg: 'HS256', typ: 'JWT' }, { sub: users.REVIEWER.id, role: 'REVIEWER', iat: now() - 7200, exp: now() - 3600 }, TEST_JWT_SECRET)).expect(401);
    });

    it('refuses a token whose role was changed in the payload', async () => {
      const [header, payload, signature] = tokens.REVIEWER.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const tampered = Buffer.from(JSON.stringify({ ...claims, role: 'ADMIN' })).toString('base64url');
      await me(`${header}.${tampered}.${signature}`).expect(401);
      // Even correctly signed, a role the user does not hold is refused.
      await me(jwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, role: 'ADMIN' }, TEST_JWT_SECRET)).expect(401);
    });

    it('refuses the token of a deleted user', async () => {
      const id = await insertUser(environment.db, { email: 'leaving@example.id', password: PASSWORD, role: 'ADMIN' });
      const token = await login(stack.baseUrl, 'leaving@example.id', PASSWORD);
      await me(token).expect(200);
      await environment.db.query(`DELETE FROM users WHERE id = $1`, [id]);
      await me(token).expect(401);
    });

    it('refuses garbage and a missing scheme', async () => {
      await me('not.a.token').expect(401);
      await api().get('/v1/me').set('authorization', tokens.ADMIN).expect(401);
    });
  });

  describe('login', () => {
    it('answers an unknown email exactly like a wrong password', async () => {
      const unknown = await api().post('/v1/auth/login').send({ email: 'nobody@example.id', password: PASSWORD }).expect(401);
      const wrong = await api().post('/v1/auth/login').send({ email: TEST_ADMIN.email, password: 'wrong-password-1' }).expect(401);
      expect(unknown.body).toEqual(wrong.body);
    });

    it('returns a bearer token with its lifetime', async () => {
      const response = await api().post('/v1/auth/login').send(TEST_ADMIN).expect(200);
      expect(response.body).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 3600 });
    });
  });

  describe('mass assignment', () => {
    it.each([
      ['role', { role: 'ADMIN' }],
      ['state', { state: 'PARTNERED' }],
      ['cooperativeId', { cooperativeId: randomUUID() }],
      ['version', { version: 99 }],
    ])('a registration carrying %s is 400 and creates nothing', async (_field, extra) => {
      const village = villages[200];
      const response = await api().post('/v1/cooperatives').send({ ...registrationFor(village), ...extra }).expect(400);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: Object.keys(extra)[0] })]));
      const { rows } = await environment.db.query(`SELECT 1 FROM cooperatives WHERE region_code = $1`, [village.regionCode]);
      expect(rows).toHaveLength(0);
    });

    it('a body carrying __proto__ is 400 and creates nothing', async () => {
      const village = villages[201];
      const body = JSON.stringify(registrationFor(village)).replace(/^\{/, '{"__proto__":{"role":"ADMIN"},');
      const response = await api().post('/v1/cooperatives').set('content-type', 'application/json').send(body).expect(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: '__proto__' })]);
      const { rows } = await environment.db.query(`SELECT 1 FROM cooperatives WHERE region_code = $1`, [village.regionCode]);
      expect(rows).toHaveLength(0);
    });

    it('an officer cannot give itself another cooperative or role', async () => {
      await api()
        .post('/v1/users')
        .auth(tokens.ADMIN, { type: 'bearer' })
        .send({ email: 'sneaky@example.id', password: PASSWORD, role: 'COOPERATIVE', cooperativeId: ownCooperativeId })
        .expect(400);
      const { rows } = await environment.db.query(`SELECT 1 FROM users WHERE email = 'sneaky@example.id'`);
      expect(rows).toHaveLength(0);
    });
  });
});
