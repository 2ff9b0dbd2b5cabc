import type { Pool } from 'pg';
import { PARTNER_ROLES, PROVINCE_CODES, SECTORS } from '@kdmp/domain';
import { inParallel, median } from './stats';
import { SystemDriver } from './system-driver';

/**
 * Does the cost of a registration, or of a matching, grow with what is already there? The
 * existing cooperatives and partners are bulk-inserted with SQL (generate_series), so only
 * the measured ones go through HTTP.
 */

const BULK_COOPERATIVE = 'Koperasi Bench Bulk ';
const BULK_PARTNER = 'PT Bench Bulk ';

/**
 * Adds cooperatives until `total` exist: each REGISTERED, with its officer's account and its
 * registration event, in provinces other than 64 (the measured ones are in 64.02), so none
 * collides with a measured one's region code.
 */
export async function topUpCooperatives(db: Pool, total: number): Promise<void> {
  const { rows } = await db.query<{ all: number; bulk: number }>(
    `SELECT count(*)::int AS all, count(*) FILTER (WHERE name LIKE $1)::int AS bulk FROM cooperatives`,
    [`${BULK_COOPERATIVE}%`],
  );
  const missing = total - rows[0].all;
  if (missing <= 0) return;
  const [first, last] = [rows[0].bulk, rows[0].bulk + missing - 1];
  const provinces = PROVINCE_CODES.filter((code) => code !== '64');
  if (last >= provinces.length * 99 * 99) throw new Error(`the bench can bulk-insert at most ${provinces.length * 99 * 99} cooperatives`);
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO cooperatives (id, name, kind, village, district, regency, province, region_code, district_code, regency_code,
                                 province_code, member_count, sectors, state, version, last_event_sequence)
       SELECT md5('bench-coop-' || i)::uuid, $3 || i, 'DESA', 'Desa Bulk ' || i, 'Kecamatan Bulk', 'Kabupaten Bulk', 'Provinsi Bulk',
              code || '.2001', code, split_part(code, '.', 1) || '.' || split_part(code, '.', 2), split_part(code, '.', 1),
              20, ARRAY['AGRICULTURE'], 'REGISTERED', 1, 1
         FROM generate_series($1::int, $2::int) AS i,
              LATERAL (SELECT ($4::text[])[1 + i % $5] || '.' || lpad((1 + (i / $5) % 99)::text, 2, '0')
                                                       || '.' || lpad((1 + (i / ($5 * 99)) % 99)::text, 2, '0') AS code) AS region`,
      [first, last, BULK_COOPERATIVE, provinces, provinces.length],
    );
    await client.query(
      `INSERT INTO users (id, email, password_hash, role, cooperative_id)
       SELECT md5('bench-officer-' || i)::uuid, 'officer-bulk-' || i || '@bench.example.id', 'bulk-inserted, cannot log in',
              'COOPERATIVE', md5('bench-coop-' || i)::uuid
         FROM generate_series($1::int, $2::int) AS i`,
      [first, last],
    );
    await client.query(
      `INSERT INTO domain_events (id, aggregate_type, aggregate_id, sequence, type, payload, actor_type, actor_id, from_state,
                                  to_state, correlation_id, occurred_at)
       SELECT md5('bench-event-' || i)::uuid, 'cooperative', md5('bench-coop-' || i)::uuid, 1, 'cooperative.registered', '{}',
              'SYSTEM', 'bench-bulk-insert', NULL, 'REGISTERED', 'bench-bulk-insert', now()
         FROM generate_series($1::int, $2::int) AS i`,
      [first, last],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  // Settled as a long-lived table would be: no autovacuum pass or hint-bit writes left for the measured requests.
  await db.query('VACUUM ANALYZE cooperatives, users, domain_events');
}

/**
 * Adds partners until `total` exist, spread over roles, sectors and regions as a real
 * registry would be (one role, one sector, a province, a regency or NATIONAL each), with
 * their partner_reach rows. Few of them fit a given cooperative; that is the point of the
 * indexed search.
 */
export async function topUpPartners(db: Pool, total: number): Promise<void> {
  const { rows } = await db.query<{ all: number; bulk: number }>(
    `SELECT count(*)::int AS all, count(*) FILTER (WHERE name LIKE $1)::int AS bulk FROM partners`,
    [`${BULK_PARTNER}%`],
  );
  const missing = total - rows[0].all;
  if (missing <= 0) return;
  const [first, last] = [rows[0].bulk, rows[0].bulk + missing - 1];
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO partners (id, name, type, roles, sectors, commodities, region_codes, capacity, active_partnerships,
                             contact_email, webhook_secret, version, last_event_sequence)
       SELECT md5('bench-partner-' || i)::uuid, $3 || i, 'PRIVATE',
              ARRAY[($4::text[])[1 + i % 4]], ARRAY[($5::text[])[1 + (i / 4) % cardinality($5::text[])]], ARRAY['rice'],
              CASE WHEN i % 50 = 0 THEN ARRAY['NATIONAL']
                   WHEN i % 2 = 0 THEN ARRAY[province]
                   ELSE ARRAY[province || '.' || lpad((1 + i % 20)::text, 2, '0')] END,
              10, 0, 'mitra-' || i || '@bench.example.co.id', 'whsec_bench_bulk_inserted', 1, 0
         FROM generate_series($1::int, $2::int) AS i,
              LATERAL (SELECT ($6::text[])[1 + (i / 7) % cardinality($6::text[])] AS province) AS region`,
      [first, last, BULK_PARTNER, PARTNER_ROLES, SECTORS, PROVINCE_CODES],
    );
    await client.query(
      `INSERT INTO partner_reach (role, sector, region_code, partner_id)
       SELECT role, sector, region_code, p.id
         FROM partners p, unnest(p.roles) AS role, unnest(p.sectors) AS sector, unnest(p.region_codes) AS region_code
        WHERE p.id IN (SELECT md5('bench-partner-' || i)::uuid FROM generate_series($1::int, $2::int) AS i)
       ON CONFLICT DO NOTHING`,
      [first, last],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  await db.query('VACUUM ANALYZE partners, partner_reach');
}

/** Mean milliseconds of one self-registration (POST /v1/cooperatives with its officer), one at a time. */
/** Milliseconds per cooperative of one import of `count` rows (each its own registration). */
export async function measureRegistrationCost(driver: SystemDriver, count: number): Promise<number> {
  const started = performance.now();
  await driver.importCooperatives(count);
  return (performance.now() - started) / count;
}

export interface AwaitingCommittee {
  cooperativeId: string;
  reviewId: string;
}

/** Cooperatives brought (over HTTP) to the last review stage, ready to be approved and matched. */
export function prepareForMatching(driver: SystemDriver, count: number): Promise<AwaitingCommittee[]> {
  return inParallel(count, 6, async () => {
    const cooperative = await driver.signUp();
    return { cooperativeId: cooperative.id, reviewId: await driver.toCreditCommittee(cooperative) };
  });
}

/**
 * Median milliseconds from the committee's approval committing (financing.reviewed) to the
 * proposals committing (partner.matched): the start-matching job's trip and its candidate
 * query and ranking. One cooperative at a time, so nothing else queues with it.
 */
export async function measureMatching(driver: SystemDriver, db: Pool, cooperatives: AwaitingCommittee[]): Promise<number> {
  const delays: number[] = [];
  for (const { cooperativeId, reviewId } of cooperatives) {
    await driver.approveFinancing(reviewId);
    await driver.watcher.waitFor(cooperativeId, (snapshot) => ['MATCHING', 'AWAITING_PARTNER'].includes(snapshot.state), `${cooperativeId} to be matched`);
    const { rows } = await db.query<{ ms: number }>(
      `SELECT extract(epoch FROM matched.at - approved.at) * 1000 AS ms
         FROM (SELECT min(occurred_at) AS at FROM domain_events
                WHERE aggregate_id = $1 AND type IN ('partner.matched', 'partner.none-found')) AS matched,
              (SELECT occurred_at AS at FROM domain_events WHERE aggregate_id = $1 AND type = 'financing.reviewed') AS approved`,
      [cooperativeId],
    );
    delays.push(Number(rows[0].ms));
  }
  return median(delays);
}
