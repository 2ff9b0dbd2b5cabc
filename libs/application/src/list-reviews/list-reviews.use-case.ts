import { Injectable } from '@nestjs/common';
import type { Principal } from '@kdmp/auth';
import { ReviewRepository } from '@kdmp/persistence';
import { Page } from '../common/page';
import { ReviewView, toReviewView } from '../common/review.view';

export interface ListReviewsQuery {
  stage?: string;
  regencyCode?: string;
  limit: number;
  offset: number;
}

/** The work waiting for a reviewer: open reviews at a stage it decides, in its regions. */
@Injectable()
export class ListReviewsUseCase {
  constructor(private readonly reviews: ReviewRepository) {}

  async execute(viewer: Principal, query: ListReviewsQuery): Promise<Page<ReviewView>> {
    const [reviews, total] = await this.reviews.workList(viewer, query);
    const items = await Promise.all(
      reviews.map(async (review) => toReviewView(review, await this.reviews.decisionsOf(review.id))),
    );
    return { items, total, limit: query.limit, offset: query.offset };
  }
}
