import { MigrationInterface, QueryRunner } from 'typeorm';

/** Partner organisations, where they reach (for the candidate search), and matches. */
export class PartnersAndMatching1764500000000 implements MigrationInterface {
  name = 'PartnersAndMatching1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE partners (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        type text NOT NULL CHECK (type IN ('BUMN', 'BUMD', 'PRIVATE', 'BANK', 'EXPORTER')),
        roles text[] NOT NULL,
        sectors text[] NOT NULL,
        commodities text[] NOT NULL,
        region_codes text[] NOT NULL,
        capacity integer NOT NULL CHECK (capacity >= 0),
        active_partnerships integer NOT NULL DEFAULT 0 CHECK (active_partnerships >= 0),
        contact_email text NOT NULL,
        webhook_url text,
        webhook_secret text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        last_event_sequence integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX partners_name_key ON partners (lower(name))`);
    await queryRunner.query(`ALTER TABLE users ADD CONSTRAINT users_partner_fkey FOREIGN KEY (partner_id) REFERENCES partners (id) NOT VALID`);

    // One row per (role, sector, region) a partner covers: the candidate search is an index
    // lookup on exactly what a plan seeks, never a scan of every partner.
    await queryRunner.query(`
      CREATE TABLE partner_reach (
        role text NOT NULL,
        sector text NOT NULL,
        region_code text NOT NULL,
        partner_id uuid NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
        PRIMARY KEY (role, sector, region_code, partner_id)
      )`);
    await queryRunner.query(`CREATE INDEX partner_reach_partner_idx ON partner_reach (partner_id)`);

    await queryRunner.query(`
      CREATE TABLE matches (
        id uuid PRIMARY KEY,
        cooperative_id uuid NOT NULL REFERENCES cooperatives (id),
        partner_id uuid NOT NULL REFERENCES partners (id),
        business_plan_id uuid NOT NULL REFERENCES business_plans (id),
        role text NOT NULL,
        score integer NOT NULL,
        components jsonb NOT NULL,
        reasons jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('PROPOSED', 'ACCEPTED', 'DECLINED', 'EXPIRED')),
        expires_at timestamptz NOT NULL,
        decided_at timestamptz,
        decline_reason text,
        comment text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX matches_partner_idx ON matches (partner_id, status, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX matches_cooperative_idx ON matches (cooperative_id, status)`);
    // A partner is proposed to a cooperative at most once per role while the proposal is open.
    await queryRunner.query(
      `CREATE UNIQUE INDEX matches_open_proposal_key ON matches (cooperative_id, partner_id, role) WHERE status = 'PROPOSED'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS matches`);
    await queryRunner.query(`DROP TABLE IF EXISTS partner_reach`);
    await queryRunner.query(`ALTER TABLE users DROP CONSTRAINT IF EXISTS users_partner_fkey`);
    await queryRunner.query(`DROP TABLE IF EXISTS partners`);
  }
}
