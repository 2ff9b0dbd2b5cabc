import type { INestApplicationContext } from '@nestjs/common';
import { OutboxRelay } from '@kdmp/messaging';
import { PartnerRepository } from '@kdmp/persistence';
import { createTestEnvironment, TestEnvironment } from '@kdmp/testing';
import { createLibraryContext } from '../support/library-context';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

describe('the candidate search against 10,000 partners', () => {
  let environment: TestEnvironment;
  let app: INestApplicationContext;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await createLibraryContext(environment);
    // 10,000 partners spread over roles, sectors and East Kalimantan's regencies (and some national).
    await environment.db.query(`
      INSERT INTO partners (id, name, type, roles, sectors, commodities, region_codes, capacity, active_partnerships,
                            contact_email, webhook_secret)
      SELECT gen_random_uuid(), 'Mitra ' || n, 'PRIVATE',
             ARRAY[(ARRAY['OFFTAKER','DISTRIBUTOR','FINANCIER','EXPORTER'])[1 + n % 4]],
             ARRAY[(ARRAY['AGRICULTURE','PLANTATION','FISHERIES','LIVESTOCK','PROCESSED_FOOD','WASTE_PROCESSING','RETAIL','LOGISTICS'])[1 + n % 8]],
             ARRAY['rice'],
             CASE WHEN n % 50 = 0 THEN ARRAY['NATIONAL']
                  ELSE ARRAY[(ARRAY['64.01','64.02','64.03','64.07','64.08','64.09','64.11','64.71','64.72','64.74','11.01','12.01','13.01','31.71','32.01'])[1 + n % 15]] END,
             1 + n % 10, n % 3, 'mitra' || n || '@example.id', 'whsec_x'
        FROM generate_series(1, 10000) AS n`);
    await environment.db.query(`
      INSERT INTO partner_reach (role, sector, region_code, partner_id)
      SELECT role, sector, region, p.id FROM partners p, unnest(p.roles) role, unnest(p.sectors) sector, unnest(p.region_codes) region`);
    await environment.db.query('ANALYZE partners');
    await environment.db.query('ANALYZE partner_reach');
  });

  afterAll(async () => {
    await app.get(OutboxRelay).flush();
    await app.close();
    await environment.dispose();
  });

  it('uses indexes only: no sequential scan of partners', async () => {
    const search = {
      roles: ['OFFTAKER', 'DISTRIBUTOR'],
      sector: 'AGRICULTURE',
      regionCodes: ['64.02', '64', 'NATIONAL'],
      excludePartnerIds: [],
      limit: 1000,
    };
    const repository = app.get(PartnerRepository);
    const [sql, parameters] = repository.candidateQuery(search).getQueryAndParameters();
    const { rows } = await environment.db.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
    const plan = nodes(rows[0]['QUERY PLAN'][0].Plan);
    const sequentialScans = plan.filter((node) => node['Node Type'] === 'Seq Scan').map((node) => node['Relation Name']);
    expect(sequentialScans).toEqual([]);
    expect(plan.filter((node) => /Index/.test(node['Node Type'])).length).toBeGreaterThan(0);

    // And it finds exactly the partners that fit.
    const found = await repository.candidates(search);
    const { rows: expected } = await environment.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM partners
        WHERE roles && ARRAY['OFFTAKER','DISTRIBUTOR'] AND 'AGRICULTURE' = ANY(sectors)
          AND region_codes && ARRAY['64.02','64','NATIONAL'] AND active_partnerships < capacity`,
    );
    expect(found).toHaveLength(expected[0].n);
    expect(found.length).toBeGreaterThan(0);
  });
});
