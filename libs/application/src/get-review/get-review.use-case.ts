import { Injectable } from '@nestjs/common';
import { CooperativeViewer, ReviewRepository } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';
import { ReviewView, toReviewView } from '../common/review.view';

@Injectable()
export class GetReviewUseCase {
  constructor(private readonly reviews: ReviewRepository) {}

  async execute(reviewId: string, viewer: CooperativeViewer): Promise<ReviewView> {
    const review = await this.reviews.findVisible(reviewId, viewer);
    if (!review) throw ApplicationError.notFound('The review');
    return toReviewView(review, await this.reviews.decisionsOf(review.id));
  }
}
