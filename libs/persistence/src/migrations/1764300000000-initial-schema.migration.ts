import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The spine's tables: users, cooperatives, their event history, the outbox, the inbox and
 * notifications. Written as SQL so the indexes and constraints are exactly what the queries
 * rely on.
 */
export class InitialSchema1764300000000 implements MigrationInterface {
  name = 'InitialSchema1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE cooperatives (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('DESA', 'KELURAHAN')),
        village text NOT NULL,
        district text NOT NULL,
        regency text NOT NULL,
        province text NOT NULL,
        region_code text NOT NULL,
        district_code text NOT NULL,
        regency_code text NOT NULL,
        province_code text NOT NULL,
        member_count integer NOT NULL CHECK (member_count > 0),
        sectors text[] NOT NULL,
        contact_email text,
        contact_phone text,
        legal_entity_number text,
        cooperative_number text,
        tax_number text,
        business_number text,
        bank_account jsonb,
        state text NOT NULL,
        version integer NOT NULL CHECK (version > 0),
        last_event_sequence integer NOT NULL DEFAULT 0,
        state_changed_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cooperatives_region_code_key UNIQUE (region_code)
      )`);
    // Funnel counts and the reconciler read by state; filters by region.
    await queryRunner.query(`CREATE INDEX cooperatives_state_region_idx ON cooperatives (state, regency_code, district_code)`);
    await queryRunner.query(`CREATE INDEX cooperatives_regency_idx ON cooperatives (regency_code, district_code)`);

    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY,
        email text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN', 'REVIEWER', 'COOPERATIVE', 'PARTNER')),
        cooperative_id uuid REFERENCES cooperatives (id),
        partner_id uuid,
        locale text NOT NULL DEFAULT 'id' CHECK (locale IN ('id', 'en')),
        stages text[] NOT NULL DEFAULT '{}',
        region_codes text[] NOT NULL DEFAULT '{}',
        email_enabled boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_cooperative_role_check CHECK ((role = 'COOPERATIVE') = (cooperative_id IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);
    await queryRunner.query(`CREATE INDEX users_cooperative_idx ON users (cooperative_id) WHERE cooperative_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX users_role_idx ON users (role)`);

    await queryRunner.query(`
      CREATE TABLE domain_events (
        id uuid PRIMARY KEY,
        aggregate_type text NOT NULL,
        aggregate_id uuid NOT NULL,
        sequence integer NOT NULL,
        type text NOT NULL,
        payload jsonb NOT NULL,
        actor_type text NOT NULL CHECK (actor_type IN ('USER', 'SYSTEM')),
        actor_id text NOT NULL,
        from_state text,
        to_state text,
        correlation_id text NOT NULL,
        occurred_at timestamptz NOT NULL,
        CONSTRAINT domain_events_aggregate_sequence_key UNIQUE (aggregate_id, sequence)
      )`);

    // The outbox holds messages in flight: a row is written with the change that caused it and
    // deleted by the consumer that handled it, so its size is the backlog, not the history.
    await queryRunner.query(`
      CREATE TABLE outbox_messages (
        id uuid PRIMARY KEY,
        job_id text NOT NULL,
        queue text NOT NULL,
        job_name text NOT NULL,
        payload jsonb NOT NULL,
        correlation_id text NOT NULL,
        run_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        next_publish_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX outbox_messages_next_publish_idx ON outbox_messages (next_publish_at)`);

    await queryRunner.query(`
      CREATE TABLE inbox_messages (
        consumer text NOT NULL,
        message_id text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, message_id)
      )`);
    await queryRunner.query(`CREATE INDEX inbox_messages_processed_idx ON inbox_messages (processed_at)`);

    await queryRunner.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY,
        event_id uuid NOT NULL REFERENCES domain_events (id),
        event_type text NOT NULL,
        recipient_type text NOT NULL CHECK (recipient_type IN ('USER', 'PARTNER')),
        recipient_id uuid NOT NULL,
        channel text NOT NULL CHECK (channel IN ('IN_APP', 'EMAIL', 'WEBHOOK')),
        template text NOT NULL,
        locale text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'DEAD')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        correlation_id text NOT NULL,
        read_at timestamptz,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notifications_event_recipient_channel_key UNIQUE (event_id, recipient_type, recipient_id, channel)
      )`);
    await queryRunner.query(
      `CREATE INDEX notifications_inbox_idx ON notifications (recipient_id, created_at DESC) WHERE channel = 'IN_APP'`,
    );
    await queryRunner.query(`CREATE INDEX notifications_status_idx ON notifications (status, created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['notifications', 'inbox_messages', 'outbox_messages', 'domain_events', 'users', 'cooperatives']) {
      await queryRunner.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
