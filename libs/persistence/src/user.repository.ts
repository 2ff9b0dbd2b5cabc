import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { UserEntity } from './entities';

@Injectable()
export class UserRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  async insert(tx: EntityManager, user: UserEntity): Promise<void> {
    await tx.insert(UserEntity, user);
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
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
