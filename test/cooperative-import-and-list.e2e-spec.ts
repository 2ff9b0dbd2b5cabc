import request from 'supertest';
import { insertUser, kukarVillages, login, createTestEnvironment, registrationFor, startServices, TEST_ADMIN, TestEnvironment } from '@kdmp/testing';

/** The cooperative office's bulk registration (JSON and CSV) and its list of cooperatives. */
describe('importing and listing cooperatives', () => {
  let environment: TestEnvironment;
  let stack: Awaited<ReturnType<typeof startServices>>;
  let adminToken: string;
  let reviewerToken: string;
  const villages = kukarVillages();
  const api = () => request(stack.baseUrl);
  const admin = <T extends request.Test>(test: T) => test.auth(adminToken, { type: 'bearer' });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    stack = await startServices(environment.env);
    adminToken = await login(stack.baseUrl, TEST_ADMIN.email, TEST_ADMIN.password);
    // A reviewer of one district's regency code only would see nothing else: Kukar is 64.02.
    await insertUser(environment.db, { email: 'reviewer.kukar@example.id', password: 'rahasia-review-1', role: 'REVIEWER', stages: ['DESK_REVIEW'], regionCodes: ['64.03'] });
    reviewerToken = await login(stack.baseUrl, 'reviewer.kukar@example.id', 'rahasia-review-1');
  });

  afterAll(async () => {
    await stack?.stopAll();
    await environment?.dispose();
  });

  const countOf = async (regionCodes: string[]) =>
    (await environment.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM cooperatives WHERE region_code = ANY($1)`, [regionCodes])).rows[0].n;

  it('registers every good row of a JSON import and reports each bad one, writing nothing for it', async () => {
    const existing = registrationFor(villages[0], { officer: undefined });
    await admin(api().post('/v1/cooperatives')).send(existing).expect(201);
    const rows = [
      registrationFor(villages[1], { officer: undefined }),
      registrationFor(villages[2], { regionCode: '64.02.01.9', officer: undefined }),
      registrationFor(villages[3], { officer: undefined, role: 'ADMIN' }),
      registrationFor(villages[0], { officer: undefined }),
      registrationFor(villages[4], { officer: { email: 'pengurus.import@example.id', password: 'rahasia-import-1' } }),
    ];
    const report = await admin(api().post('/v1/cooperatives/import')).send(rows).expect(200);

    expect(report.body).toMatchObject({ total: 5, registered: 2, rejected: 3 });
    expect(report.body.rows).toEqual([
      { row: 1, status: 'REGISTERED', id: expect.any(String), regionCode: villages[1].regionCode },
      { row: 2, status: 'REJECTED', regionCode: '64.02.01.9', problem: expect.objectContaining({ status: 400, errors: [expect.objectContaining({ field: 'regionCode' })] }) },
      expect.objectContaining({ row: 3, status: 'REJECTED', problem: expect.objectContaining({ status: 400, errors: [{ field: 'role', message: 'unknown field "role"' }] }) }),
      { row: 4, status: 'REJECTED', regionCode: villages[0].regionCode, problem: expect.objectContaining({ status: 409, type: expect.stringMatching(/conflict$/) }) },
      { row: 5, status: 'REGISTERED', id: expect.any(String), regionCode: villages[4].regionCode },
    ]);
    expect(await countOf([villages[2].regionCode, villages[3].regionCode])).toBe(0);
    expect(await countOf([villages[0].regionCode])).toBe(1);

    // Each registered row is a registration like any other: its event, and its officer can log in.
    const id = report.body.rows[4].id as string;
    const timeline = await admin(api().get(`/v1/cooperatives/${id}/timeline`)).expect(200);
    expect(timeline.body).toEqual([expect.objectContaining({ type: 'cooperative.registered', toState: 'REGISTERED', actor: expect.objectContaining({ type: 'USER' }) })]);
    await login(stack.baseUrl, 'pengurus.import@example.id', 'rahasia-import-1');
  });

  it('reads CSV with the JSON field names as its header: lists split on ";", the bank account flat', async () => {
    const [a, b, c] = [villages[10], villages[11], villages[12]];
    const line = (village: (typeof villages)[number], extra = '') =>
      [
        `"Koperasi Merah Putih ${village.village}"`,
        village.kind,
        village.village,
        village.district,
        'Kabupaten Kutai Kartanegara',
        'Kalimantan Timur',
        village.regionCode,
        '30',
        'AGRICULTURE; FISHERIES',
        'Bank Rakyat Indonesia',
        '0123456789',
        `Koperasi ${village.village}`,
      ].join(',') + extra;
    const header = 'name,kind,village,district,regency,province,regionCode,memberCount,sectors,bankName,bankAccountNumber,bankAccountHolder';
    const csv = `\uFEFF${header}\n${line(a)}\n${line(b).replace(',30,', ',tiga puluh,')}\n${line(c)}\n`;
    const report = await admin(api().post('/v1/cooperatives/import')).set('content-type', 'text/csv').send(csv).expect(200);

    expect(report.body).toMatchObject({ total: 3, registered: 2, rejected: 1 });
    expect(report.body.rows[1]).toMatchObject({ row: 2, status: 'REJECTED', problem: { errors: expect.arrayContaining([expect.objectContaining({ field: "memberCount" })]) } });
    const { rows } = await environment.db.query(`SELECT sectors, bank_account FROM cooperatives WHERE region_code = $1`, [a.regionCode]);
    expect(rows[0]).toEqual({
      sectors: ['AGRICULTURE', 'FISHERIES'],
      bank_account: { bankName: 'Bank Rakyat Indonesia', accountNumber: '0123456789', accountHolder: `Koperasi ${a.village}` },
    });
  });

  it('refuses a body it cannot read as rows, as a problem, with nothing written', async () => {
    const before = await countOf(villages.map((village) => village.regionCode));
    const malformed = await admin(api().post('/v1/cooperatives/import')).set('content-type', 'text/csv').send('name,kind\n"unclosed,DESA\n').expect(400);
    expect(malformed.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(malformed.body.detail).toMatch(/CSV/);
    await admin(api().post('/v1/cooperatives/import')).send({ rows: [] }).expect(400);
    await admin(api().post('/v1/cooperatives/import')).send([]).expect(400);
    await admin(api().post('/v1/cooperatives/import')).send([42, null]).expect(200).expect(({ body }) => expect(body).toMatchObject({ registered: 0, rejected: 2 }));
    expect(await countOf(villages.map((village) => village.regionCode))).toBe(before);
  });

  it('lists cooperatives newest first, filtered and paginated, a reviewer only in its regions', async () => {
    const all = await admin(api().get('/v1/cooperatives?limit=100')).expect(200);
    expect(all.body).toMatchObject({ total: 5, limit: 100, offset: 0 });
    const created = all.body.items.map((item: { createdAt: string }) => item.createdAt);
    expect(created).toEqual([...created].sort().reverse());

    const page = await admin(api().get('/v1/cooperatives?limit=2&offset=2')).expect(200);
    expect(page.body.items.map((item: { id: string }) => item.id)).toEqual(all.body.items.slice(2, 4).map((item: { id: string }) => item.id));

    const byDistrictName = await admin(api().get(`/v1/cooperatives?district=${encodeURIComponent(villages[10].district.toUpperCase())}`)).expect(200);
    expect(byDistrictName.body.items.every((item: { district: string }) => item.district === villages[10].district)).toBe(true);
    expect(byDistrictName.body.total).toBeGreaterThan(0);
    const byDistrictCode = await admin(api().get(`/v1/cooperatives?district=${villages[10].districtCode}`)).expect(200);
    expect(byDistrictCode.body.total).toBe(byDistrictName.body.total);

    const byName = await admin(api().get(`/v1/cooperatives?q=${encodeURIComponent(villages[12].village.toLowerCase())}`)).expect(200);
    expect(byName.body.items.map((item: { regionCode: string }) => item.regionCode)).toContain(villages[12].regionCode);
    expect((await admin(api().get('/v1/cooperatives?q=%25')).expect(200)).body.total).toBe(0);

    expect((await admin(api().get('/v1/cooperatives?state=REGISTERED&regencyCode=64.02&sector=FISHERIES')).expect(200)).body.total).toBe(5);
    expect((await admin(api().get('/v1/cooperatives?state=PARTNERED')).expect(200)).body.total).toBe(0);
    await admin(api().get('/v1/cooperatives?state=ASLEEP')).expect(400);
    await admin(api().get('/v1/cooperatives?limit=1000')).expect(400);

    const reviewer = await api().get('/v1/cooperatives').auth(reviewerToken, { type: 'bearer' }).expect(200);
    expect(reviewer.body).toMatchObject({ total: 0, items: [] });
  });
});
