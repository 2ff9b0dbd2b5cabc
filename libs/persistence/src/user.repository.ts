import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { UserEntity } from './entities';
import { EntityRows } from './entity-rows';

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

  /** With the password hash, for a password change. */
  findWithPasswordHash(id: string): Promise<UserEntity | null> {
    return this.users.createQueryBuilder('user').addSelect('user.passwordHash').where('user.id = :id', { id }).getOne();
  }

  async emailTaken(email: string, tx?: EntityManager): Promise<boolean> {
    const rows = (await (tx ?? this.users.manager).query(`SELECT 1 FROM users WHERE lower(email) = lower($1)`, [email])) as unknown[];
    return rows.length > 0;
  }

  /** Users for an admin: by role and part of the email, oldest first, a page at a time. */
  async list(filter: { role?: string; emailContains?: string; limit: number; offset: number }): Promise<[UserEntity[], number]> {
    const pattern = filter.emailContains ? `%${filter.emailContains.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const where = `($1::text IS NULL OR u.role = $1) AND ($2::text IS NULL OR lower(u.email) LIKE $2)`;
    const [items, [{ total }]] = await Promise.all([
      this.rows.many(
        `SELECT ${this.rows.columns('u')} FROM users u WHERE ${where} ORDER BY u.created_at, u.id LIMIT $3 OFFSET $4`,
        [filter.role ?? null, pattern, filter.limit, filter.offset],
      ),
      this.users.query(`SELECT count(*)::int AS total FROM users u WHERE ${where}`, [filter.role ?? null, pattern]) as Promise<{ total: number }[]>,
    ]);
    return [items, total];
  }

  /**
   * A new password, and a new token version so that every access token issued before it is
   * refused. Returns the new version (null: no such user).
   */
  async setPassword(id: string, passwordHash: string, tx?: EntityManager): Promise<number | null> {
    const [rows] = (await (tx ?? this.users.manager).query(
      `UPDATE users SET password_hash = $2, token_version = token_version + 1 WHERE id = $1 RETURNING token_version`,
      [id, passwordHash],
    )) as [{ token_version: number }[], number];
    return rows[0]?.token_version ?? null;
  }

  /**
   * Disables (its tokens refused at once, by a new token version) or enables a user; doing it
   * twice changes nothing more. Returns the user as it now is (null: no such user).
   */
  async setDisabled(id: string, disabled: boolean): Promise<UserEntity | null> {
    const [rows] = (await this.users.query(
      `UPDATE users u
          SET disabled_at = CASE WHEN $2 THEN coalesce(u.disabled_at, now()) ELSE NULL END,
              token_version = u.token_version + CASE WHEN $2 AND u.disabled_at IS NULL THEN 1 ELSE 0 END
        WHERE u.id = $1 RETURNING ${this.rows.columns('u')}`,
      [id, disabled],
    )) as [Record<string, unknown>[], number];
    return rows[0] ? this.rows.hydrate(rows[0]) : null;
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
