import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { CooperativeEntity, DomainEventEntity } from './entities';
import { EntityRows } from './entity-rows';
import { inReviewerRegions } from './region-scope';

/** Who is looking: enough of the caller to scope a query. */
export interface CooperativeViewer {
  role: 'ADMIN' | 'REVIEWER' | 'COOPERATIVE' | 'PARTNER';
  cooperativeId: string | null;
  partnerId: string | null;
  regionCodes: string[];
}

/** Columns of the profile (not state, version or plan) that PATCH /v1/cooperatives/:id may change. */
export type CooperativeProfileChanges = Partial<
  Pick<
    CooperativeEntity,
    | 'name' | 'kind' | 'village' | 'district' | 'regency' | 'province'
    | 'regionCode' | 'districtCode' | 'regencyCode' | 'provinceCode'
    | 'memberCount' | 'sectors' | 'contactEmail' | 'contactPhone'
    | 'legalEntityNumber' | 'cooperativeNumber' | 'taxNumber' | 'businessNumber' | 'bankAccount'
  >
>;

export interface CooperativeSearch {
  state?: string;
  regencyCode?: string;
  /** A district's code (64.02.01) or its name. */
  district?: string;
  sector?: string;
  /** Part of the name or the village, any case. */
  q?: string;
  limit: number;
  offset: number;
}

/** Reads of cooperatives and their history; writes of state go through the unit of work. */
@Injectable()
export class CooperativeRepository {
  constructor(
    @InjectRepository(CooperativeEntity) private readonly cooperatives: Repository<CooperativeEntity>,
    @InjectRepository(DomainEventEntity) private readonly events: Repository<DomainEventEntity>,
  ) {
    this.rows = new EntityRows(cooperatives);
    this.eventRows = new EntityRows(events);
  }

  private readonly eventRows: EntityRows<DomainEventEntity>;

  private readonly rows: EntityRows<CooperativeEntity>;

  findById(id: string, tx?: EntityManager): Promise<CooperativeEntity | null> {
    return this.rows.one(`SELECT ${this.rows.columns('c')} FROM cooperatives c WHERE c.id = $1`, [id], tx);
  }

  /**
   * The cooperative if the viewer may see it, else null: the scope is part of the query, so
   * an object outside it is indistinguishable from a missing one.
   */
  findVisible(id: string, viewer: CooperativeViewer): Promise<CooperativeEntity | null> {
    const select = `SELECT ${this.rows.columns('c')} FROM cooperatives c WHERE c.id = $1`;
    switch (viewer.role) {
      case 'ADMIN':
        return this.rows.one(select, [id]);
      case 'COOPERATIVE':
        return this.rows.one(`${select} AND c.id = $2`, [id, viewer.cooperativeId]);
      case 'REVIEWER':
        return this.rows.one(
          `${select} AND ${inReviewerRegions('c', '$2')}`,
          [id, viewer.regionCodes],
        );
      case 'PARTNER':
        // A partner sees only cooperatives it was proposed to (their public profile).
        return this.rows.one(`${select} AND EXISTS (SELECT 1 FROM matches m WHERE m.cooperative_id = c.id AND m.partner_id = $2)`, [
          id,
          viewer.partnerId,
        ]);
    }
  }

  /** The cooperatives the viewer may list (admins all, reviewers their regions), newest first. */
  async search(viewer: CooperativeViewer, search: CooperativeSearch): Promise<[CooperativeEntity[], number]> {
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    const where = (condition: (placeholder: string) => string, value: unknown) => {
      parameters.push(value);
      conditions.push(condition(`$${parameters.length}`));
    };
    if (viewer.role === 'REVIEWER') where((p) => inReviewerRegions('c', p), viewer.regionCodes);
    if (viewer.role === 'COOPERATIVE') where((p) => `c.id = ${p}`, viewer.cooperativeId);
    if (viewer.role === 'PARTNER') conditions.push('false');
    if (search.state) where((p) => `c.state = ${p}`, search.state);
    if (search.regencyCode) where((p) => `c.regency_code = ${p}`, search.regencyCode);
    if (search.district) where((p) => `(c.district_code = ${p} OR lower(c.district) = lower(${p}))`, search.district);
    if (search.sector) where((p) => `${p} = ANY(c.sectors)`, search.sector);
    if (search.q) where((p) => `(c.name ILIKE ${p} OR c.village ILIKE ${p})`, `%${search.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const filter = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const [items, [{ total }]] = await Promise.all([
      this.rows.many(
        `SELECT ${this.rows.columns('c')} FROM cooperatives c ${filter}
          ORDER BY c.created_at DESC, c.id DESC LIMIT $${parameters.length + 1} OFFSET $${parameters.length + 2}`,
        [...parameters, search.limit, search.offset],
      ),
      this.cooperatives.query(`SELECT count(*)::int AS total FROM cooperatives c ${filter}`, parameters) as Promise<{ total: number }[]>,
    ]);
    return [items, total];
  }

  async insert(tx: EntityManager, cooperative: CooperativeEntity): Promise<void> {
    await tx.insert(CooperativeEntity, cooperative);
  }

  /**
   * Writes profile columns inside the transaction of the `update-profile` transition, only if
   * the row is still at `expectedVersion` (the transition's compare-and-set then bumps it; a
   * stale version writes nothing and the transaction is rolled back).
   */
  async updateProfile(tx: EntityManager, cooperativeId: string, expectedVersion: number, changes: CooperativeProfileChanges): Promise<void> {
    await tx
      .createQueryBuilder()
      .update(CooperativeEntity)
      .set(changes)
      .where('id = :cooperativeId AND version = :expectedVersion', { cooperativeId, expectedVersion })
      .execute();
  }

  /** Whether the partner has an accepted partnership with the cooperative (contacts are shared then). */
  async isPartneredWith(cooperativeId: string, partnerId: string): Promise<boolean> {
    const rows = (await this.cooperatives.query(
      `SELECT 1 FROM matches WHERE cooperative_id = $1 AND partner_id = $2 AND status = 'ACCEPTED' LIMIT 1`,
      [cooperativeId, partnerId],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Any aggregate's event (read by every fan-out). */
  findEvent(id: string, tx?: EntityManager): Promise<DomainEventEntity | null> {
    return this.eventRows.one(`SELECT ${this.eventRows.columns('e')} FROM domain_events e WHERE e.id = $1`, [id], tx);
  }

  timeline(cooperativeId: string): Promise<DomainEventEntity[]> {
    return this.events.find({
      where: { aggregateType: 'cooperative', aggregateId: cooperativeId },
      order: { sequence: 'ASC' },
    });
  }
}
