import { connect } from 'node:net';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createTestEnvironment, kukarVillages, pollUntil, registrationFor, startServices, TestEnvironment } from '@kdmp/testing';
import { WorkflowActors } from './support/workflow-actors';
import { SmtpCatcher } from './support/smtp-catcher';

/**
 * The inputs of issue 13, each once, by hand: text Postgres cannot store (NUL, an unpaired
 * surrogate) in bodies, query strings and import rows; explicit nulls in a PATCH; too-large
 * headers; a line break in a name that becomes an email subject. The fuzz suite
 * (fuzz.e2e-spec.ts) covers the same ground at random; these stay as named regressions.
 */
describe('hostile input answers 4xx problems, never 5xx', () => {
  const villages = kukarVillages();
  let environment: TestEnvironment;
  let stack: Awaited<ReturnType<typeof startServices>>;
  let actors: WorkflowActors;
  let smtp: SmtpCatcher;
  const api = () => request(stack.baseUrl);
  const admin = (test: request.Test) => test.auth(actors.adminToken, { type: 'bearer' });

  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    environment = await createTestEnvironment({ SMTP_URL: smtp.url, LOGIN_ATTEMPTS_PER_MINUTE: '100000', WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true' });
    stack = await startServices(environment.env);
    actors = await new WorkflowActors(stack.baseUrl, 200).start();
  });

  afterAll(async () => {
    await stack?.stopAll();
    await environment?.dispose();
    await smtp?.stop();
  });

  function expectFieldProblem(response: request.Response, status: number, field: string): void {
    expect({ status: response.status, type: response.headers['content-type'] }).toEqual({
      status,
      type: expect.stringContaining('application/problem+json'),
    });
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  }

  const countOf = async (table: string) => Number((await environment.db.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);

  it.each([
    ['a NUL', 'Koperasi\u0000Perian'],
    ['an unpaired high surrogate', 'Koperasi \ud800 Perian'],
    ['an unpaired low surrogate', 'Koperasi \udc00 Perian'],
  ])('registration with %s in the name is a 400 naming it, and stores nothing', async (_, name) => {
    const before = await countOf('cooperatives');
    const response = await api().post('/v1/cooperatives').send(registrationFor(villages[0], { name }));
    expectFieldProblem(response, 400, 'name');
    expect(await countOf('cooperatives')).toBe(before);
  });

  it('a NUL in a nested field names its path', async () => {
    const body = registrationFor(villages[0], { officer: { email: 'a\u0000@example.id', password: 'rahasia-desa-123' } });
    expectFieldProblem(await api().post('/v1/cooperatives').send(body), 400, 'officer.email');
  });

  it('a NUL or a lone surrogate in the login email is a 400', async () => {
    expectFieldProblem(await api().post('/v1/auth/login').send({ email: 'admin\u0000@x.id', password: 'x' }), 400, 'email');
    expectFieldProblem(await api().post('/v1/auth/login').send({ email: '\ud83d@x.id', password: 'x' }), 400, 'email');
  });

  it('a NUL in a key is named, escaped, in the problem', async () => {
    const response = await api().post('/v1/auth/login').send({ email: 'a@b.id', password: 'x', 'bad\u0000key': 1 });
    expectFieldProblem(response, 400, 'bad\\u0000key');
  });

  it('a well-formed surrogate pair (an emoji) is stored as sent', async () => {
    const name = 'Koperasi Desa Merah Putih 🌾 Perian';
    const response = await admin(api().post('/v1/cooperatives')).send(registrationFor(villages[1], { name, officer: undefined }));
    expect(response.status).toBe(201);
    expect(response.body.name).toBe(name);
  });

  it.each(['q', 'district'])('a NUL in the %s filter of the cooperative list is a 400 naming it', async (filter) => {
    expectFieldProblem(await admin(api().get(`/v1/cooperatives?${filter}=Per%00ian`)), 400, filter);
  });

  it('a NUL in a path segment is a 4xx problem, not a 5xx', async () => {
    const response = await admin(api().get('/v1/cooperatives/%00'));
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('a path that is not valid percent-encoding is a 400 problem', async () => {
    const response = await admin(api().get('/v1/cooperatives/%E0%A4%A'));
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('a JSON import: a row with a NUL is rejected on its own with a 400 naming the field; the others register', async () => {
    const rows = [
      registrationFor(villages[2], { officer: undefined }),
      registrationFor(villages[3], { officer: undefined, village: 'Bad\u0000Village' }),
      registrationFor(villages[4], { officer: undefined, district: 'Bad \udfff district' }),
    ];
    const response = await admin(api().post('/v1/cooperatives/import')).send(rows).expect(200);
    expect(response.body).toMatchObject({ total: 3, registered: 1, rejected: 2 });
    expect(response.body.rows[1]).toMatchObject({ row: 2, status: 'REJECTED', problem: { status: 400, errors: [{ field: 'village' }] } });
    expect(response.body.rows[2]).toMatchObject({ row: 3, status: 'REJECTED', problem: { status: 400, errors: [{ field: 'district' }] } });
  });

  it('a CSV import: a cell with a NUL rejects its row with a 400 naming the column', async () => {
    const village = villages[5];
    const csv = [
      'name,kind,village,district,regency,province,regionCode,memberCount,sectors',
      `Koperasi Desa\u0000Merah Putih,${village.kind},${village.village},${village.district},Kabupaten Kutai Kartanegara,Kalimantan Timur,${village.regionCode},25,AGRICULTURE`,
    ].join('\n');
    const response = await admin(api().post('/v1/cooperatives/import')).set('content-type', 'text/csv').send(csv).expect(200);
    expect(response.body).toMatchObject({ total: 1, registered: 0, rejected: 1 });
    expect(response.body.rows[0].problem).toMatchObject({ status: 400, errors: [{ field: 'name' }] });
  });

  describe('explicit null in PATCH /v1/partners/:id', () => {
    let partner: { id: string; token: string };

    beforeAll(async () => {
      partner = await actors.partner({ webhookUrl: 'http://127.0.0.1:9/hooks' });
    });

    it.each(['capacity', 'roles', 'sectors', 'commodities', 'regionCodes', 'contactEmail', 'expectedVersion'])(
      'null for %s is a 400 naming it, and changes nothing',
      async (field) => {
        const before = await environment.db.query('SELECT version FROM partners WHERE id = $1', [partner.id]);
        const response = await admin(api().patch(`/v1/partners/${partner.id}`)).send({ [field]: null });
        expectFieldProblem(response, 400, field);
        expect(response.body.errors[0].message).toMatch(/null/);
        const after = await environment.db.query('SELECT version FROM partners WHERE id = $1', [partner.id]);
        expect(after.rows[0].version).toBe(before.rows[0].version);
      },
    );

    it('null for webhookUrl clears it (the one field a partner may empty)', async () => {
      const response = await admin(api().patch(`/v1/partners/${partner.id}`)).send({ webhookUrl: null }).expect(200);
      expect(response.body.webhookUrl).toBeNull();
    });

    it('null for an optional registration field is refused too: absent and null are not the same', async () => {
      const body = registrationFor(villages[6], { contactEmail: null, officer: undefined });
      expectFieldProblem(await admin(api().post('/v1/cooperatives')).send(body), 400, 'contactEmail');
    });
  });

  it('a partner without its user (a nested DTO left out) is a 400 naming it, found by the fuzz suite', async () => {
    const response = await admin(api().post('/v1/partners')).send({
      name: 'PT Tanpa Pengguna',
      type: 'PRIVATE',
      roles: ['OFFTAKER'],
      sectors: ['AGRICULTURE'],
      commodities: [],
      regionCodes: ['64'],
      capacity: 1,
      contactEmail: 'tanpa@example.co.id',
    });
    expectFieldProblem(response, 400, 'user');
  });

  it('a body nested deeper than the limit is a 400, not a stack overflow', async () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const response = await api().post('/v1/auth/login').set('content-type', 'application/json').send(deep);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('1e309 (Infinity once parsed) is a 400 naming the field', async () => {
    const response = await admin(api().patch(`/v1/partners/${randomUUID()}`))
      .set('content-type', 'application/json')
      .send('{"capacity": 1e309}');
    expectFieldProblem(response, 400, 'capacity');
  });

  it('headers over the limit answer a problem+json 431', async () => {
    const url = new URL(stack.baseUrl);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.write(`GET /v1/me HTTP/1.1\r\nHost: ${url.host}\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`);
      });
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('end', () => resolve(answer));
      socket.on('close', () => resolve(answer));
      socket.on('error', reject);
    });
    const [head, body] = raw.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(head.toLowerCase()).toContain('content-type: application/problem+json');
    expect(JSON.parse(body)).toMatchObject({ status: 431, title: 'Request header fields too large' });
  });

  it('a line break in a cooperative name does not reach the email header: it becomes one space', async () => {
    const officer = `officer-${randomUUID()}@example.id`;
    const name = 'Koperasi Desa Merah Putih Sebulu\r\nBcc: attacker@example.id\r\n\r\nInjected body';
    const body = registrationFor(villages[7], { name, officer: { email: officer, password: 'rahasia-desa-123' } });
    await api().post('/v1/cooperatives').send(body).expect(201);
    const [mail] = await pollUntil(() => Promise.resolve(smtp.to(officer)), (mails) => mails.length > 0, { what: 'the welcome email' });
    expect(mail.subject).toBe('Selamat datang, Koperasi Desa Merah Putih Sebulu Bcc: attacker@example.id Injected body');
    expect(mail.to).toEqual([officer]);
    expect(smtp.to('attacker@example.id')).toHaveLength(0);
  });
});
