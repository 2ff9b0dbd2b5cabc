import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts a person finishes alone: invitations and password resets (single-use links whose
 * tokens are kept only as hashes), disabled users, and a token version that a password change,
 * a reset or a disabling bumps, so every access token issued before it stops working.
 */
export class Accounts1764800000000 implements MigrationInterface {
  name = 'Accounts1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE users
        ADD COLUMN token_version integer NOT NULL DEFAULT 0,
        ADD COLUMN disabled_at timestamptz`);
    await queryRunner.query(`
      CREATE TABLE account_tokens (
        id uuid PRIMARY KEY,
        purpose text NOT NULL CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET')),
        token_hash text NOT NULL,
        email text NOT NULL,
        -- PASSWORD_RESET: whose password; INVITATION: the account it is for, once accepted.
        user_id uuid REFERENCES users (id) ON DELETE CASCADE,
        -- INVITATION: the account to create.
        role text CHECK (role IN ('ADMIN', 'REVIEWER', 'COOPERATIVE', 'PARTNER')),
        cooperative_id uuid REFERENCES cooperatives (id),
        partner_id uuid REFERENCES partners (id),
        stages text[] NOT NULL DEFAULT '{}',
        region_codes text[] NOT NULL DEFAULT '{}',
        locale text NOT NULL DEFAULT 'id' CHECK (locale IN ('id', 'en')),
        created_by uuid,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        email_sent_at timestamptz,
        email_last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT account_tokens_token_hash_key UNIQUE (token_hash),
        CONSTRAINT account_tokens_invitation_check CHECK (
          purpose <> 'INVITATION' OR (
            role IS NOT NULL
            AND (role = 'COOPERATIVE') = (cooperative_id IS NOT NULL)
            AND (role = 'PARTNER') = (partner_id IS NOT NULL))),
        CONSTRAINT account_tokens_reset_check CHECK (purpose <> 'PASSWORD_RESET' OR user_id IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX account_tokens_open_by_email_idx ON account_tokens (purpose, lower(email)) WHERE used_at IS NULL`);
    await queryRunner.query(`CREATE INDEX account_tokens_user_idx ON account_tokens (user_id) WHERE user_id IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS account_tokens`);
    await queryRunner.query(`ALTER TABLE users DROP COLUMN IF EXISTS token_version, DROP COLUMN IF EXISTS disabled_at`);
  }
}
