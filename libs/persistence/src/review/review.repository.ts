import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { NewReview, StageDecisionRecord } from '@kdmp/domain';
import { ReviewDecisionEntity, ReviewEntity } from '../entities';
import type { CooperativeViewer } from '../cooperative/cooperative.repository';
import { EntityRows } from '../sql/entity-rows';
import { inReviewerRegions } from '../sql/region-scope';
import { CHANGED_MARKER, CompanionWrite } from '../unit-of-work/companion-write';

export interface ReviewListFilter {
  stage?: string;
  regencyCode?: string;
  limit: number;
  offset: number;
}

/** An open review on a reviewer's work list, with its decisions and what the list shows of its cooperative. */
export interface ReviewWorkItem {
  review: ReviewEntity;
  decisions: ReviewDecisionEntity[];
  cooperative: { name: string; village: string; district: string };
}

/** Reviews and their stage decisions. Scope is part of every query, as for cooperatives. */
@Injectable()
export class ReviewRepository {
  private readonly reviewRows: EntityRows<ReviewEntity>;
  private readonly decisionRows: EntityRows<ReviewDecisionEntity>;

  constructor(
    @InjectRepository(ReviewEntity) private readonly reviews: Repository<ReviewEntity>,
    @InjectRepository(ReviewDecisionEntity) decisions: Repository<ReviewDecisionEntity>,
  ) {
    this.reviewRows = new EntityRows(reviews);
    this.decisionRows = new EntityRows(decisions);
  }

  /** A review opened by the transition that passes screening. */
  insertion(review: ReviewEntity): CompanionWrite {
    return this.reviewRows.insertion([review]);
  }

  findById(id: string, tx?: EntityManager): Promise<ReviewEntity | null> {
    return (tx ? tx.getRepository(ReviewEntity) : this.reviews).findOneBy({ id });
  }

  findOpenFor(cooperativeId: string, tx?: EntityManager): Promise<ReviewEntity | null> {
    return (tx ? tx.getRepository(ReviewEntity) : this.reviews).findOneBy({ cooperativeId, status: 'OPEN' });
  }

  /** The review if the viewer may see it: admins all, reviewers their regions, officers their own. */
  findVisible(id: string, viewer: CooperativeViewer): Promise<ReviewEntity | null> {
    const select = `SELECT ${this.reviewRows.columns('r')} FROM reviews r WHERE r.id = $1`;
    switch (viewer.role) {
      case 'ADMIN':
        return this.reviewRows.one(select, [id]);
      case 'COOPERATIVE':
        return this.reviewRows.one(`${select} AND r.cooperative_id = $2`, [id, viewer.cooperativeId]);
      case 'REVIEWER':
        return this.reviewRows.one(
          `${select} AND ${inReviewerRegions('r', '$2')}`,
          [id, viewer.regionCodes],
        );
      case 'PARTNER':
        return Promise.resolve(null);
    }
  }

  /**
   * Open reviews whose open stage the viewer may decide (a reviewer's stages and regions),
   * soonest deadline first: each with its decisions and its cooperative's name and place, in
   * one query (and the count beside it), not one per review.
   */
  async workList(viewer: CooperativeViewer & { stages: string[] }, filter: ReviewListFilter): Promise<[ReviewWorkItem[], number]> {
    const conditions = [`r.status = 'OPEN'`];
    const parameters: unknown[] = [];
    const where = (condition: (placeholder: string) => string, value: unknown) => {
      parameters.push(value);
      conditions.push(condition(`$${parameters.length}`));
    };
    if (viewer.role === 'REVIEWER') {
      where((p) => `r.open_stage = ANY(CAST(${p} AS text[]))`, viewer.stages);
      where((p) => inReviewerRegions('r', p), viewer.regionCodes);
    }
    if (viewer.role === 'COOPERATIVE') where((p) => `r.cooperative_id = ${p}`, viewer.cooperativeId);
    if (viewer.role === 'PARTNER') conditions.push('false');
    if (filter.stage) where((p) => `r.open_stage = ${p}`, filter.stage);
    if (filter.regencyCode) where((p) => `r.regency_code = ${p}`, filter.regencyCode);
    const filtered = `FROM reviews r WHERE ${conditions.join(' AND ')}`;
    const [rows, [{ total }]] = await Promise.all([
      this.reviews.query(
        `SELECT ${this.reviewRows.columns('r')},
                c.name AS cooperative_name, c.village AS cooperative_village, c.district AS cooperative_district,
                coalesce((SELECT jsonb_agg(to_jsonb(d) ORDER BY d.decided_at) FROM review_decisions d WHERE d.review_id = r.id), '[]'::jsonb) AS decisions
           FROM reviews r JOIN cooperatives c ON c.id = r.cooperative_id
          WHERE ${conditions.join(' AND ')}
          ORDER BY r.stage_deadline_at ASC, r.id ASC
          LIMIT $${parameters.length + 1} OFFSET $${parameters.length + 2}`,
        [...parameters, filter.limit, filter.offset],
      ) as Promise<Record<string, unknown>[]>,
      this.reviews.query(`SELECT count(*)::int AS total ${filtered}`, parameters) as Promise<{ total: number }[]>,
    ]);
    const items = rows.map((row) => ({
      review: this.reviewRows.hydrate(row),
      decisions: (row.decisions as Record<string, unknown>[]).map((decision) => this.decisionRows.hydrate(decision)),
      cooperative: {
        name: row.cooperative_name as string,
        village: row.cooperative_village as string,
        district: row.cooperative_district as string,
      },
    }));
    return [items, total];
  }

  /**
   * Whether `stage` is still the review's open stage, read under a share lock inside `tx`, so
   * that a decision committing meanwhile waits for `tx` or is seen by it.
   */
  async holdOpenStage(tx: EntityManager, reviewId: string, stage: string): Promise<boolean> {
    const open = (await tx.query(`SELECT 1 FROM reviews WHERE id = $1 AND status = 'OPEN' AND open_stage = $2 FOR SHARE`, [
      reviewId,
      stage,
    ])) as unknown[];
    return open.length > 0;
  }

  decisionsOf(reviewId: string, tx?: EntityManager): Promise<ReviewDecisionEntity[]> {
    const sql = `SELECT ${this.decisionRows.columns('d')} FROM review_decisions d WHERE d.review_id = $1 ORDER BY d.decided_at`;
    return tx ? this.decisionRows.many(sql, [reviewId], tx) : this.decisionRows.many(sql, [reviewId]);
  }

  decisionInsertion(decision: ReviewDecisionEntity): CompanionWrite {
    return this.decisionRows.insertion([decision]);
  }

  /**
   * Moves the review on with the transition: the next stage opens, or the review closes with
   * its outcome. Returns the review as it then is (read it with `returnedReview`).
   */
  advancement(
    reviewId: string,
    change: { openStage: string | null; stageDeadlineAt: Date | null; status: ReviewEntity['status']; approvedAmount?: number },
  ): CompanionWrite {
    return {
      sql: `UPDATE reviews
               SET open_stage = $2, stage_deadline_at = $3, status = $4,
                   approved_amount = coalesce($5, approved_amount),
                   closed_at = CASE WHEN $4 = 'OPEN' THEN NULL ELSE now() END
             WHERE id = $1 AND ${CHANGED_MARKER}
            RETURNING ${this.reviewRows.columns('reviews')}`,
      parameters: [reviewId, change.openStage, change.stageDeadlineAt, change.status, change.approvedAmount ?? null],
    };
  }

  /** A review row an `advancement` returned. */
  returnedReview(row: Record<string, unknown>): ReviewEntity {
    return this.reviewRows.hydrate(row);
  }
}

/** A review screening opened, as its row. */
export function reviewOf(review: NewReview): ReviewEntity {
  return Object.assign(new ReviewEntity(), {
    ...review,
    stages: [...review.stages],
    status: 'OPEN',
    approvedAmount: null,
    closedAt: null,
  } satisfies ReviewEntity);
}

/** A reviewer's decision on a stage, as its row. */
export function stageDecisionOf(decision: StageDecisionRecord): ReviewDecisionEntity {
  return Object.assign(new ReviewDecisionEntity(), { ...decision } satisfies ReviewDecisionEntity);
}
