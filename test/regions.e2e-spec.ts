import request from 'supertest';
import { createTestEnvironment, kukarVillages, registrationFor, startServices, TestEnvironment } from '@kdmp/testing';

/** The national list of regions: the pickers' endpoint, and registration by region code alone. */
describe('regions', () => {
  let environment: TestEnvironment;
  let stack: Awaited<ReturnType<typeof startServices>>;
  const villages = kukarVillages();
  const api = () => request(stack.baseUrl);

  beforeAll(async () => {
    environment = await createTestEnvironment();
    stack = await startServices(environment.env, ['api']);
  });

  afterAll(async () => {
    await stack?.stopAll();
    await environment?.dispose();
  });

  describe('GET /v1/regions', () => {
    it('lists the 38 provinces without a parent, to anyone', async () => {
      const response = await api().get('/v1/regions').expect(200);
      expect(response.body.parent).toBeNull();
      expect(response.body.items).toHaveLength(38);
      expect(response.body.items).toContainEqual({ code: '64', name: 'Kalimantan Timur', level: 'PROVINCE', kind: null });
    });

    it("lists a regency's districts, a district's villages with their kind, a province's regencies", async () => {
      const kukar = await api().get('/v1/regions?parent=64.02').expect(200);
      expect(kukar.body.parent).toEqual({ code: '64.02', name: 'Kabupaten Kutai Kartanegara', level: 'REGENCY', kind: 'KABUPATEN' });
      expect(kukar.body.items).toHaveLength(20);
      expect(kukar.body.items[0]).toEqual({ code: '64.02.01', name: 'Muara Muntai', level: 'DISTRICT', kind: null });

      const tenggarong = await api().get('/v1/regions?parent=64.02.06').expect(200);
      const kinds = tenggarong.body.items.map((village: { kind: string }) => village.kind);
      expect(kinds.filter((kind: string) => kind === 'KELURAHAN')).toHaveLength(12);
      expect(kinds.filter((kind: string) => kind === 'DESA')).toHaveLength(2);

      const kaltim = await api().get('/v1/regions?parent=64').expect(200);
      expect(kaltim.body.items).toContainEqual({ code: '64.72', name: 'Kota Samarinda', level: 'REGENCY', kind: 'KOTA' });
    });

    it('is cacheable: Cache-Control, an ETag, and 304 for a matching If-None-Match', async () => {
      const first = await api().get('/v1/regions?parent=64.02').expect(200);
      expect(first.headers['cache-control']).toMatch(/public, max-age=\d+/);
      expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
      const again = await api().get('/v1/regions?parent=64.02').expect(200);
      expect(again.headers.etag).toBe(first.headers.etag);
      await api().get('/v1/regions?parent=64.02').set('if-none-match', first.headers.etag).expect(304);
      const other = await api().get('/v1/regions?parent=64.01').expect(200);
      expect(other.headers.etag).not.toBe(first.headers.etag);
    });

    it('answers 404 for a code not on the list and 400 for a malformed one, as problem+json', async () => {
      const missing = await api().get('/v1/regions?parent=64.98').expect(404);
      expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
      const malformed = await api().get('/v1/regions?parent=64-02').expect(400);
      expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'parent' })]);
    });
  });

  describe('registration by region code', () => {
    it('takes the village, district, regency, province and kind from the code when they are left out', async () => {
      const village = villages[30];
      const body = registrationFor(village, { officer: undefined });
      for (const field of ['kind', 'village', 'district', 'regency', 'province']) delete body[field];
      const created = await api().post('/v1/cooperatives').send(body).expect(201);
      expect(created.body).toMatchObject({
        regionCode: village.regionCode,
        kind: village.kind,
        village: village.village,
        district: village.district,
        regency: 'Kabupaten Kutai Kartanegara',
        province: 'Kalimantan Timur',
      });
    });

    it("accepts names in another case and spacing, and the regency without its prefix, and stores the list's spelling", async () => {
      const village = villages[31];
      const body = registrationFor(village, {
        officer: undefined,
        village: `  ${village.village.toUpperCase()} `,
        district: village.district.toLowerCase().replace(' ', '   '),
        regency: 'kutai kartanegara',
        province: 'KALIMANTAN TIMUR',
      });
      const created = await api().post('/v1/cooperatives').send(body).expect(201);
      expect(created.body).toMatchObject({ village: village.village, district: village.district, regency: 'Kabupaten Kutai Kartanegara', province: 'Kalimantan Timur' });
    });

    it('refuses a code that is not a village on the list, naming regionCode', async () => {
      const response = await api().post('/v1/cooperatives').send(registrationFor(villages[32], { regionCode: '64.02.01.2099', officer: undefined })).expect(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'regionCode', message: expect.stringContaining('64.02.01.2099') })]);
    });
  });
});
