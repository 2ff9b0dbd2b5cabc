import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { CooperativeEntity, DomainEventEntity } from './entities';

/** Who is looking: enough of the caller to scope a query. */
export interface CooperativeViewer {
  role: 'ADMIN' | 'REVIEWER' | 'COOPERATIVE' | 'PARTNER';
  cooperativeId: string | null;
  partnerId: string | null;
  regionCodes: string[];
}

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

  /**
   * The cooperative if the viewer may see it, else null: the scope is part of the query, so
   * an object outside it is indistinguishable from a missing one.
   */
  findVisible(id: string, viewer: CooperativeViewer): Promise<CooperativeEntity | null> {
    const query = this.cooperatives.createQueryBuilder('c').where('c.id = :id', { id });
    switch (viewer.role) {
      case 'ADMIN':
        break;
      case 'COOPERATIVE':
        query.andWhere('c.id = :ownCooperativeId', { ownCooperativeId: viewer.cooperativeId });
        break;
      case 'REVIEWER':
        query.andWhere(
          '(cardinality(CAST(:regions AS text[])) = 0 OR c.regency_code = ANY(CAST(:regions AS text[])) OR c.province_code = ANY(CAST(:regions AS text[])))',
          { regions: viewer.regionCodes },
        );
        break;
      case 'PARTNER':
        // A partner sees only cooperatives it was proposed to (their public profile).
        query.andWhere('EXISTS (SELECT 1 FROM matches m WHERE m.cooperative_id = c.id AND m.partner_id = :ownPartnerId)', {
          ownPartnerId: viewer.partnerId,
        });
        break;
    }
    return query.getOne();
  }

  async insert(tx: EntityManager, cooperative: CooperativeEntity): Promise<void> {
    await tx.insert(CooperativeEntity, cooperative);
  }

  /** Whether the partner has an accepted partnership with the cooperative (contacts are shared then). */
  async isPartneredWith(cooperativeId: string, partnerId: string): Promise<boolean> {
    const rows = (await this.cooperatives.query(
      `SELECT 1 FROM matches WHERE cooperative_id = $1 AND partner_id = $2 AND status = 'ACCEPTED' LIMIT 1`,
      [cooperativeId, partnerId],
    )) as unknown[];
    return rows.length > 0;
  }

  findEvent(id: string): Promise<DomainEventEntity | null> {
    return this.events.findOneBy({ id });
  }

  timeline(cooperativeId: string): Promise<DomainEventEntity[]> {
    return this.events.find({
      where: { aggregateType: 'cooperative', aggregateId: cooperativeId },
      order: { sequence: 'ASC' },
    });
  }
}
