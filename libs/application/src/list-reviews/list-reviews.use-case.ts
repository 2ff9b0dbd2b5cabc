import { Injectable } from '@nestjs/common';
import type { Principal } from '@kdmp/auth';
import { ReviewRepository } from '@kdmp/persistence';
import { Page } from '../common/page';
import { ReviewWorkItemView, toReviewWorkItemView } from '../common/review.view';

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

  async execute(viewer: Principal, query: ListReviewsQuery): Promise<Page<ReviewWorkItemView>> {
    const [items, total] = await this.reviews.workList(viewer, query);
    return { items: items.map(toReviewWorkItemView), total, limit: query.limit, offset: query.offset };
  }
}
