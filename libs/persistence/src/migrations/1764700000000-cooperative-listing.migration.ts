import { MigrationInterface, QueryRunner } from 'typeorm';

/** GET /v1/cooperatives lists newest first: a page is read off this index, not sorted from the table. */
export class CooperativeListing1764700000000 implements MigrationInterface {
  name = 'CooperativeListing1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX cooperatives_newest_first_idx ON cooperatives (created_at DESC, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS cooperatives_newest_first_idx`);
  }
}
