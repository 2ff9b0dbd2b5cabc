import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { CooperativeEntity, DomainEventEntity } from './entities';

/** Reads of cooperatives and their history; writes of state go through the unit of work. */
@Injectable()
export class CooperativeRepository {
  constructor(
    @InjectRepository(CooperativeEntity) private readonly cooperatives: Repository<CooperativeEntity>,
    @InjectRepository(DomainEventEntity) private readonly events: Repository<DomainEventEntity>,
  ) {}

  findById(id: string): Promise<CooperativeEntity | null> {
    return this.cooperatives.findOneBy({ id });
  }

  async insert(tx: EntityManager, cooperative: CooperativeEntity): Promise<void> {
    await tx.insert(CooperativeEntity, cooperative);
  }

  timeline(cooperativeId: string): Promise<DomainEventEntity[]> {
    return this.events.find({
      where: { aggregateType: 'cooperative', aggregateId: cooperativeId },
      order: { sequence: 'ASC' },
    });
  }
}
