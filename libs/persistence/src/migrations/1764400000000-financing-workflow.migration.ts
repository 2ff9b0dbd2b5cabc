import { MigrationInterface, QueryRunner } from 'typeorm';

/** Business plans, reviews with their stage decisions, and idempotency keys. */
export class FinancingWorkflow1764400000000 implements MigrationInterface {
  name = 'FinancingWorkflow1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE business_plans (
        id uuid PRIMARY KEY,
        cooperative_id uuid NOT NULL REFERENCES cooperatives (id),
        revision integer NOT NULL CHECK (revision > 0),
        title text NOT NULL,
        summary text NOT NULL,
        sector text NOT NULL,
        commodities text[] NOT NULL,
        capex_amount bigint NOT NULL CHECK (capex_amount >= 0),
        opex_amount bigint NOT NULL CHECK (opex_amount >= 0),
        tenor_months integer NOT NULL,
        grace_period_months integer NOT NULL,
        projected_annual_revenue bigint NOT NULL,
        seeking_roles text[] NOT NULL,
        monthly_capacity_quantity numeric NOT NULL,
        monthly_capacity_unit text NOT NULL,
        export_ready boolean NOT NULL,
        policy_version text NOT NULL,
        status text NOT NULL CHECK (status IN ('SUBMITTED', 'SCREENING_FAILED', 'IN_REVIEW', 'REVISION_REQUESTED',
                                               'APPROVED', 'REJECTED', 'WITHDRAWN')),
        screening_failures jsonb,
        submitted_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT business_plans_cooperative_revision_key UNIQUE (cooperative_id, revision)
      )`);
    await queryRunner.query(`ALTER TABLE cooperatives ADD COLUMN current_business_plan_id uuid REFERENCES business_plans (id)`);

    await queryRunner.query(`
      CREATE TABLE reviews (
        id uuid PRIMARY KEY,
        cooperative_id uuid NOT NULL REFERENCES cooperatives (id),
        business_plan_id uuid NOT NULL REFERENCES business_plans (id),
        policy_version text NOT NULL,
        stages text[] NOT NULL,
        open_stage text,
        stage_deadline_at timestamptz,
        status text NOT NULL CHECK (status IN ('OPEN', 'APPROVED', 'REJECTED', 'REVISION_REQUESTED', 'WITHDRAWN')),
        requested_amount bigint NOT NULL,
        approved_amount bigint,
        regency_code text NOT NULL,
        province_code text NOT NULL,
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        CONSTRAINT reviews_business_plan_key UNIQUE (business_plan_id),
        CONSTRAINT reviews_open_stage_check CHECK ((status = 'OPEN') = (open_stage IS NOT NULL))
      )`);
    // A reviewer's work list: open reviews by stage and region.
    await queryRunner.query(`CREATE INDEX reviews_open_idx ON reviews (open_stage, regency_code) WHERE status = 'OPEN'`);
    await queryRunner.query(`CREATE INDEX reviews_cooperative_idx ON reviews (cooperative_id, opened_at DESC)`);

    await queryRunner.query(`
      CREATE TABLE review_decisions (
        review_id uuid NOT NULL REFERENCES reviews (id),
        stage text NOT NULL,
        decision text NOT NULL CHECK (decision IN ('APPROVE', 'REJECT', 'REQUEST_REVISION')),
        reviewer_id uuid NOT NULL REFERENCES users (id),
        comment text,
        approved_amount bigint,
        decided_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (review_id, stage),
        -- Four eyes, kept by the database too: one reviewer decides at most one stage of a review.
        CONSTRAINT review_decisions_four_eyes_key UNIQUE (review_id, reviewer_id)
      )`);

    await queryRunner.query(`
      CREATE TABLE idempotency_keys (
        owner text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        status text NOT NULL CHECK (status IN ('IN_PROGRESS', 'DONE')),
        response_status integer,
        response_body jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (owner, key)
      )`);
    await queryRunner.query(`CREATE INDEX idempotency_keys_expiry_idx ON idempotency_keys (expires_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS idempotency_keys`);
    await queryRunner.query(`DROP TABLE IF EXISTS review_decisions`);
    await queryRunner.query(`DROP TABLE IF EXISTS reviews`);
    await queryRunner.query(`ALTER TABLE cooperatives DROP COLUMN IF EXISTS current_business_plan_id`);
    await queryRunner.query(`DROP TABLE IF EXISTS business_plans`);
  }
}
