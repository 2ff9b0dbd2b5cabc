import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { regionsReaching } from '@kdmp/domain';
import { PartnerEntity } from '../entities';
import type { CooperativeViewer } from '../cooperative/cooperative.repository';
import { affectedRows } from '../sql/query-result';

export interface CandidateSearch {
  roles: string[];
  sector: string;
  /** The cooperative matched: partners reaching its region (regionsReaching) are candidates. */
  cooperative: { regencyCode: string; provinceCode: string };
  excludePartnerIds: string[];
  limit: number;
}

@Injectable()
export class PartnerRepository {
  constructor(
    @InjectRepository(PartnerEntity) private readonly partners: Repository<PartnerEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async insert(tx: EntityManager, partner: PartnerEntity): Promise<void> {
    await tx.insert(PartnerEntity, partner);
    await this.writeReach(tx, partner);
  }

  /** Saves the fields a partner may change and rewrites where it reaches. */
  async update(tx: EntityManager, partner: PartnerEntity): Promise<void> {
    await tx.query(
      `UPDATE partners SET roles = $2, sectors = $3, commodities = $4, region_codes = $5, capacity = $6,
              contact_email = $7, webhook_url = $8, updated_at = now()
        WHERE id = $1`,
      [partner.id, partner.roles, partner.sectors, partner.commodities, partner.regionCodes, partner.capacity, partner.contactEmail, partner.webhookUrl],
    );
    await tx.query(`DELETE FROM partner_reach WHERE partner_id = $1`, [partner.id]);
    await this.writeReach(tx, partner);
  }

  async setWebhookSecret(tx: EntityManager, partnerId: string, secret: string): Promise<void> {
    await tx.query(`UPDATE partners SET webhook_secret = $2, updated_at = now() WHERE id = $1`, [partnerId, secret]);
  }

  /** The signing secret, which no other read selects. */
  async webhookSecret(partnerId: string): Promise<string | null> {
    const [row] = (await this.dataSource.query(`SELECT webhook_secret FROM partners WHERE id = $1`, [partnerId])) as {
      webhook_secret: string;
    }[];
    return row?.webhook_secret ?? null;
  }

  findById(id: string, tx?: EntityManager): Promise<PartnerEntity | null> {
    return (tx ? tx.getRepository(PartnerEntity) : this.partners).findOneBy({ id });
  }

  /**
   * Admins see every partner; a partner's users their own organisation; a cooperative's
   * officers the partners it was matched with (the caller shows them the public profile).
   */
  findVisible(id: string, viewer: CooperativeViewer): Promise<PartnerEntity | null> {
    if (viewer.role === 'ADMIN') return this.findById(id);
    if (viewer.role === 'PARTNER' && viewer.partnerId === id) return this.findById(id);
    if (viewer.role === 'COOPERATIVE' && viewer.cooperativeId) {
      return this.partners
        .createQueryBuilder('p')
        .where('p.id = :id', { id })
        .andWhere('EXISTS (SELECT 1 FROM matches m WHERE m.partner_id = p.id AND m.cooperative_id = :cooperativeId)', {
          cooperativeId: viewer.cooperativeId,
        })
        .getOne();
    }
    return Promise.resolve(null);
  }

  list(viewer: CooperativeViewer, page: { limit: number; offset: number }): Promise<[PartnerEntity[], number]> {
    const query = this.partners.createQueryBuilder('p').orderBy('p.name', 'ASC').take(page.limit).skip(page.offset);
    if (viewer.role !== 'ADMIN') query.where('p.id = :own', { own: viewer.partnerId });
    return query.getManyAndCount();
  }

  /**
   * Partners who take one of the roles sought, for the plan's sector, serving the
   * cooperative's regency, province or the nation, with capacity left and not excluded: an
   * index lookup on partner_reach, then partners by primary key.
   */
  candidates(search: CandidateSearch, tx?: EntityManager): Promise<PartnerEntity[]> {
    return this.candidateQuery(search, tx).getMany();
  }

  /** The candidate search as a query (its plan is checked in tests: no scan of partners). */
  candidateQuery(search: CandidateSearch, tx?: EntityManager) {
    return (tx ?? this.dataSource.manager)
      .getRepository(PartnerEntity)
      .createQueryBuilder('p')
      .where(
        `p.id IN (SELECT r.partner_id FROM partner_reach r
                   WHERE r.role = ANY(CAST(:roles AS text[])) AND r.sector = :sector
                     AND r.region_code = ANY(CAST(:regions AS text[])))`,
        { roles: search.roles, sector: search.sector, regions: regionsReaching(search.cooperative) },
      )
      .andWhere('p.active_partnerships < p.capacity')
      .andWhere('NOT (p.id = ANY(CAST(:excluded AS uuid[])))', { excluded: search.excludePartnerIds })
      .orderBy('p.id')
      .limit(search.limit);
  }

  /** Partners by id, in id order (inside a caller's transaction when given). */
  findByIds(ids: string[], tx?: EntityManager): Promise<PartnerEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return (tx ?? this.dataSource.manager)
      .getRepository(PartnerEntity)
      .createQueryBuilder('p')
      .where('p.id = ANY(CAST(:ids AS uuid[]))', { ids })
      .orderBy('p.id')
      .getMany();
  }

  /** Counts one more partnership unless the partner is at capacity; false when it is. */
  async reserveCapacity(tx: EntityManager, partnerId: string): Promise<boolean> {
    const result: unknown = await tx.query(
      `UPDATE partners SET active_partnerships = active_partnerships + 1, updated_at = now()
        WHERE id = $1 AND active_partnerships < capacity`,
      [partnerId],
    );
    return affectedRows(result) > 0;
  }

  private async writeReach(tx: EntityManager, partner: PartnerEntity): Promise<void> {
    await tx.query(
      `INSERT INTO partner_reach (role, sector, region_code, partner_id)
       SELECT role, sector, region_code, $4::uuid
         FROM unnest($1::text[]) AS role, unnest($2::text[]) AS sector, unnest($3::text[]) AS region_code
       ON CONFLICT DO NOTHING`,
      [partner.roles, partner.sectors, partner.regionCodes, partner.id],
    );
  }
}
