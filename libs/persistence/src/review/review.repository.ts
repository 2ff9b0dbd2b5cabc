import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
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

  /** Open reviews whose open stage the viewer may decide (a reviewer's stages and regions). */
  workList(viewer: CooperativeViewer & { stages: string[] }, filter: ReviewListFilter): Promise<[ReviewEntity[], number]> {
    const query = this.reviews.createQueryBuilder('r').where(`r.status = 'OPEN'`);
    if (viewer.role === 'REVIEWER') query.andWhere('r.open_stage = ANY(CAST(:stages AS text[]))', { stages: viewer.stages });
    if (filter.stage) query.andWhere('r.open_stage = :stage', { stage: filter.stage });
    if (filter.regencyCode) query.andWhere('r.regency_code = :regencyCode', { regencyCode: filter.regencyCode });
    return scoped(query, viewer)
      .orderBy('r.stage_deadline_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .take(filter.limit)
      .skip(filter.offset)
      .getManyAndCount();
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

function scoped(query: SelectQueryBuilder<ReviewEntity>, viewer: CooperativeViewer): SelectQueryBuilder<ReviewEntity> {
  switch (viewer.role) {
    case 'ADMIN':
      return query;
    case 'COOPERATIVE':
      return query.andWhere('r.cooperative_id = :ownCooperativeId', { ownCooperativeId: viewer.cooperativeId });
    case 'REVIEWER':
      return query.andWhere(
        inReviewerRegions('r', ':regions'),
        { regions: viewer.regionCodes },
      );
    case 'PARTNER':
      return query.andWhere('false');
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
