import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { NewMatch } from '@kdmp/domain';
import { CHANGED_MARKER, CompanionWrite } from '../unit-of-work/companion-write';
import { EntityRows } from '../sql/entity-rows';
import { MatchEntity, MatchStatus } from '../entities';
import type { CooperativeViewer } from '../cooperative/cooperative.repository';
import { affectedRows } from '../sql/query-result';

@Injectable()
export class MatchRepository {
  private readonly rows: EntityRows<MatchEntity>;

  constructor(@InjectRepository(MatchEntity) private readonly matches: Repository<MatchEntity>) {
    this.rows = new EntityRows(matches);
  }

  /** Proposals made by the transition that starts (or resumes) matching. */
  insertion(matches: MatchEntity[]): CompanionWrite {
    if (matches.length === 0) throw new Error('a proposal insertion needs at least one proposal');
    return this.rows.insertion(matches);
  }

  /** With a withdrawal: the cooperative's open proposals lapse. */
  lapseOpenProposals(cooperativeId: string): CompanionWrite {
    return {
      sql: `UPDATE matches SET status = 'EXPIRED', decided_at = now() WHERE cooperative_id = $1 AND status = 'PROPOSED' AND ${CHANGED_MARKER}`,
      parameters: [cooperativeId],
    };
  }

  findById(id: string, tx?: EntityManager): Promise<MatchEntity | null> {
    return (tx ? tx.getRepository(MatchEntity) : this.matches).findOneBy({ id });
  }

  /** A match the viewer may see: its partner's users, its cooperative's officers, admins. */
  findVisible(id: string, viewer: CooperativeViewer): Promise<MatchEntity | null> {
    const query = this.matches.createQueryBuilder('m').where('m.id = :id', { id });
    return this.scoped(query, viewer).getOne();
  }

  list(viewer: CooperativeViewer, filter: { status?: MatchStatus; limit: number; offset: number }): Promise<[MatchEntity[], number]> {
    const query = this.matches
      .createQueryBuilder('m')
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.score', 'DESC')
      .addOrderBy('m.id', 'ASC');
    if (filter.status) query.andWhere('m.status = :status', { status: filter.status });
    return this.scoped(query, viewer).take(filter.limit).skip(filter.offset).getManyAndCount();
  }

  /** The plans a partner was asked to back for the cooperative (any match, whatever its status). */
  async planIdsProposedTo(cooperativeId: string, partnerId: string): Promise<string[]> {
    const rows = (await this.matches.query(
      `SELECT DISTINCT business_plan_id FROM matches WHERE cooperative_id = $1 AND partner_id = $2`,
      [cooperativeId, partnerId],
    )) as { business_plan_id: string }[];
    return rows.map((row) => row.business_plan_id);
  }

  openFor(cooperativeId: string, tx?: EntityManager): Promise<MatchEntity[]> {
    return (tx ? tx.getRepository(MatchEntity) : this.matches).findBy({ cooperativeId, status: 'PROPOSED' });
  }

  /**
   * Partners not to propose again: those who declined, those who let a proposal expire (else an
   * unanswering partner would be proposed again and again), and those already proposed or accepted.
   */
  async partnersToExclude(cooperativeId: string): Promise<string[]> {
    const rows = await this.matches
      .createQueryBuilder('m')
      .select('DISTINCT m.partner_id', 'partner_id')
      .where('m.cooperative_id = :cooperativeId', { cooperativeId })
      .andWhere(`m.status IN ('DECLINED', 'EXPIRED', 'PROPOSED', 'ACCEPTED')`)
      .getRawMany<{ partner_id: string }>();
    return rows.map((row) => row.partner_id);
  }

  /** Moves a PROPOSED match on; false when it was no longer PROPOSED (someone got there first). */
  async decide(
    tx: EntityManager,
    matchId: string,
    status: Exclude<MatchStatus, 'PROPOSED'>,
    details: { declineReason?: string; comment?: string } = {},
  ): Promise<boolean> {
    const result: unknown = await tx.query(
      `UPDATE matches SET status = $2, decided_at = now(), decline_reason = $3, comment = $4
        WHERE id = $1 AND status = 'PROPOSED'`,
      [matchId, status, details.declineReason ?? null, details.comment ?? null],
    );
    return affectedRows(result) > 0;
  }

  private scoped<T extends ReturnType<Repository<MatchEntity>['createQueryBuilder']>>(query: T, viewer: CooperativeViewer): T {
    switch (viewer.role) {
      case 'ADMIN':
        return query;
      case 'PARTNER':
        return query.andWhere('m.partner_id = :ownPartnerId', { ownPartnerId: viewer.partnerId }) as T;
      case 'COOPERATIVE':
        return query.andWhere('m.cooperative_id = :ownCooperativeId', { ownCooperativeId: viewer.cooperativeId }) as T;
      case 'REVIEWER':
        return query.andWhere('false') as T;
    }
  }
}

/** A proposal as its row. */
export function matchOf(match: NewMatch): MatchEntity {
  const { proposedAt, ...fields } = match;
  return Object.assign(new MatchEntity(), {
    ...fields,
    components: { ...match.components },
    reasons: match.reasons.map((reason) => ({ ...reason })),
    status: 'PROPOSED',
    decidedAt: null,
    declineReason: null,
    comment: null,
    createdAt: proposedAt,
  } satisfies MatchEntity);
}
