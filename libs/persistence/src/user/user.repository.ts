import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { UserEntity } from '../entities';
import { EntityRows } from '../sql/entity-rows';

@Injectable()
export class UserRepository {
  private readonly rows: EntityRows<UserEntity>;

  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {
    this.rows = new EntityRows(users);
  }

  async insert(tx: EntityManager, user: UserEntity): Promise<void> {
    await tx.insert(UserEntity, user);
  }

  /** Read on every authenticated request (the caller): hand-written SQL. */
  /** A user's notification preferences; an absent one stays as it is. */
  async updatePreferences(userId: string, preferences: { locale?: string; emailEnabled?: boolean }): Promise<void> {
    await this.users.manager.query(
      `UPDATE users SET locale = coalesce($2, locale), email_enabled = coalesce($3, email_enabled) WHERE id = $1`,
      [userId, preferences.locale ?? null, preferences.emailEnabled ?? null],
    );
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.rows.one(`SELECT ${this.rows.columns('u')} FROM users u WHERE u.id = $1`, [id]);
  }

  /** With the password hash, which no other read selects. */
  findForLogin(email: string): Promise<UserEntity | null> {
    return this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('lower(user.email) = lower(:email)', { email })
      .getOne();
  }

  /** Inserts unless the email is taken; true when inserted. */
  async insertIfAbsent(user: UserEntity): Promise<boolean> {
    const result = await this.users
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values(user)
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  // Who is notified of an event (the fan-out's recipients), oldest account first. Hand-written
  // SQL: these run for every event, inside the fan-out's transaction.

  officersOf(cooperativeId: string, tx?: EntityManager): Promise<UserEntity[]> {
    return this.rows.many(
      `SELECT ${this.rows.columns('u')} FROM users u WHERE u.role = 'COOPERATIVE' AND u.cooperative_id = $1 ORDER BY u.created_at`,
      [cooperativeId],
      tx,
    );
  }

  /** Admins who cover a region (all admins without `regency`): those with no regions cover every one. */
  adminsCovering(region: { regencyCode: string; provinceCode: string } | null, tx?: EntityManager): Promise<UserEntity[]> {
    return this.rows.many(
      `SELECT ${this.rows.columns('u')} FROM users u
        WHERE u.role = 'ADMIN' AND ($1::text IS NULL OR cardinality(u.region_codes) = 0 OR u.region_codes && ARRAY[$1, $2]::text[])
        ORDER BY u.created_at`,
      [region?.regencyCode ?? null, region?.provinceCode ?? null],
      tx,
    );
  }

  /** Reviewers assigned to a stage whose regions cover the cooperative's (or who have no limit). */
  reviewersOf(stage: string, region: { regencyCode: string; provinceCode: string }, tx?: EntityManager): Promise<UserEntity[]> {
    return this.rows.many(
      `SELECT ${this.rows.columns('u')} FROM users u
        WHERE u.role = 'REVIEWER' AND $1 = ANY(u.stages)
          AND (cardinality(u.region_codes) = 0 OR u.region_codes && ARRAY[$2, $3]::text[])
        ORDER BY u.created_at`,
      [stage, region.regencyCode, region.provinceCode],
      tx,
    );
  }

  usersOfPartners(partnerIds: string[], tx?: EntityManager): Promise<UserEntity[]> {
    return this.rows.many(
      `SELECT ${this.rows.columns('u')} FROM users u WHERE u.role = 'PARTNER' AND u.partner_id = ANY($1::uuid[]) ORDER BY u.created_at`,
      [partnerIds],
      tx,
    );
  }
}
