import type { Principal } from '@kdmp/auth';
import type { ReviewDecision } from '@kdmp/domain';

export interface DecideReviewStageCommand {
  reviewId: string;
  /** The stage decided; without it, the review's open stage (a review has one open at a time). */
  stage?: string;
  decision: ReviewDecision;
  comment?: string;
  /** The last stage's approval: the amount granted, at most the amount requested. */
  approvedAmount?: number;
  expectedVersion?: number;
  reviewer: Principal;
  correlationId: string;
}
