import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { CooperativeEntity, DomainEventEntity } from '../entities';
import { EntityRows } from '../sql/entity-rows';
import { inReviewerRegions, reachesCooperative } from '../sql/region-scope';
import { named } from '../sql/named-parameters';

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

  /**
   * Cooperatives waiting for a partner that `partner` now fits (its sectors, roles and
   * regions), longest waiting first.
   */
  async awaitingPartner(tx: EntityManager, partner: { sectors: string[]; roles: string[]; regionCodes: string[] }): Promise<string[]> {
    const statement = named(
      `SELECT c.id
         FROM cooperatives c
         JOIN business_plans p ON p.id = c.current_business_plan_id
        WHERE c.state = 'AWAITING_PARTNER'
          AND p.sector = ANY(:sectors::text[])
          AND p.seeking_roles && :roles::text[]
          AND ${reachesCooperative('c', ':regions')}
        ORDER BY c.state_changed_at`,
      { sectors: partner.sectors, roles: partner.roles, regions: partner.regionCodes },
    );
    const rows = (await tx.query(statement.sql, statement.parameters)) as { id: string }[];
    return rows.map((row) => row.id);
  }

  /**
   * Cooperatives in `state` for longer than `stuckAfterMs` with no `job` in the outbox, each
   * with the last `event` that should have started it; locked (skipping those others hold)
   * inside `tx`.
   */
  async stuck(
    tx: EntityManager,
    search: { state: string; event: string; job: string; stuckAfterMs: number; limit: number },
  ): Promise<{ id: string; eventId: string; correlationId: string }[]> {
    const statement = named(
      `SELECT c.id, e.id AS event_id, e.correlation_id
         FROM cooperatives c
         JOIN LATERAL (
           SELECT id, correlation_id FROM domain_events
            WHERE aggregate_id = c.id AND type = :event ORDER BY sequence DESC LIMIT 1
         ) e ON true
        WHERE c.state = :state
          AND c.state_changed_at < now() - :stuckAfterMs * interval '1 millisecond'
          AND NOT EXISTS (SELECT 1 FROM outbox_messages o WHERE o.job_name = :job AND o.payload->>'aggregateId' = c.id::text)
        ORDER BY c.state_changed_at
        LIMIT :limit
        FOR UPDATE OF c SKIP LOCKED`,
      search,
    );
    const rows = (await tx.query(statement.sql, statement.parameters)) as { id: string; event_id: string; correlation_id: string }[];
    return rows.map((row) => ({ id: row.id, eventId: row.event_id, correlationId: row.correlation_id }));
  }

  /** How many cooperatives per district and state, in one regency or all (from an index, never the history). */
  async countByDistrictAndState(regencyCode?: string): Promise<{ districtCode: string; district: string; state: string; count: number }[]> {
    const statement = named(
      `SELECT district_code, min(district) AS district, state, count(*)::int AS count
         FROM cooperatives
        WHERE (:regencyCode::text IS NULL OR regency_code = :regencyCode)
        GROUP BY district_code, state
        ORDER BY district_code, state`,
      { regencyCode: regencyCode ?? null },
    );
    const rows = (await this.cooperatives.manager.query(statement.sql, statement.parameters)) as {
      district_code: string;
      district: string;
      state: string;
      count: number;
    }[];
    return rows.map((row) => ({ districtCode: row.district_code, district: row.district, state: row.state, count: row.count }));
  }

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
