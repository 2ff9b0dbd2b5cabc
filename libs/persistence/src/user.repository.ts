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

  officersOf(cooperativeId: string, tx?: EntityManager): Promise<UserEntity[]> {
    const repository = tx ? tx.getRepository(UserEntity) : this.users;
    return repository.find({ where: { cooperativeId, role: 'COOPERATIVE' }, order: { createdAt: 'ASC' } });
  }

  /** Admins who cover a region: those with no regions cover all of them. */
  async adminsCovering(regencyCode: string, provinceCode: string, tx?: EntityManager): Promise<UserEntity[]> {
    const repository = tx ? tx.getRepository(UserEntity) : this.users;
    return repository
      .createQueryBuilder('user')
      .where('user.role = :role', { role: 'ADMIN' })
      .andWhere(
        `(cardinality(user.region_codes) = 0 OR user.region_codes && ARRAY[:regencyCode, :provinceCode]::text[])`,
        { regencyCode, provinceCode },
      )
      .orderBy('user.created_at', 'ASC')
      .getMany();
  }
}
