import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every delivery attempt of an email or a webhook, and redrives of dead deliveries. */
export class Deliveries1764600000000 implements MigrationInterface {
  name = 'Deliveries1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notifications ADD COLUMN redrives integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE notifications ADD COLUMN address text`);
    await queryRunner.query(`
      CREATE TABLE delivery_attempts (
        id bigserial PRIMARY KEY,
        notification_id uuid NOT NULL REFERENCES notifications (id),
        attempt integer NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now(),
        outcome text NOT NULL CHECK (outcome IN ('SENT', 'FAILED', 'DEAD')),
        status_code integer,
        error text,
        duration_ms integer NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX delivery_attempts_notification_idx ON delivery_attempts (notification_id, attempt)`);
    // The admins' view of deliveries by status, outside the in-app channel.
    await queryRunner.query(`CREATE INDEX notifications_delivery_status_idx ON notifications (status, created_at DESC) WHERE channel <> 'IN_APP'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS delivery_attempts`);
    await queryRunner.query(`DROP INDEX IF EXISTS notifications_delivery_status_idx`);
    await queryRunner.query(`ALTER TABLE notifications DROP COLUMN IF EXISTS address`);
    await queryRunner.query(`ALTER TABLE notifications DROP COLUMN IF EXISTS redrives`);
  }
}
