import { REVIEW_STAGES_DEFAULT } from '@kdmp/domain/review-stages';
import type { Review, TimelineEntry } from '../api/types';

export type StepStatus = 'done' | 'now' | 'later' | 'failed';

export interface JourneyStep {
  /** A console message key for fixed steps, or a review stage code. */
  key: 'registered' | 'plan' | 'screening' | 'financing' | 'partners' | { stage: string };
  status: StepStatus;
}

/** The id of the review the cooperative is in (or was last in), from its timeline. */
export function latestReviewId(timeline: readonly TimelineEntry[]): string | null {
  for (let index = timeline.length - 1; index >= 0; index -= 1) {
    const entry = timeline[index];
    if (entry.type === 'review.stage-opened' && typeof entry.payload.reviewId === 'string') return entry.payload.reviewId;
    if (entry.type === 'business-plan.submitted') return null; // a newer plan: its review has not opened
  }
  return null;
}

/**
 * The cooperative's journey (registered → plan → screening → review stages → financing →
 * partners) with where it stands, from its state and, in review, the review's stages.
 */
export function journeySteps(state: string, review: Review | null): JourneyStep[] {
  const stages = review?.stages.map((stage) => stage.stage) ?? [...REVIEW_STAGES_DEFAULT];
  const order = ['registered', 'plan', 'screening', ...stages.map((stage) => `stage:${stage}`), 'financing', 'partners'];
  // How far the cooperative has come: the index of the step it is at now.
  let at: number;
  let failedAt: number | null = null;
  switch (state) {
    case 'REGISTERED':
    case 'REVISION_REQUESTED':
      at = 1;
      break;
    case 'PLAN_SUBMITTED':
      at = 2;
      break;
    case 'IN_REVIEW': {
      const open = review?.openStage ? stages.indexOf(review.openStage) : 0;
      at = 3 + Math.max(open, 0);
      break;
    }
    case 'FINANCING_REJECTED':
      at = 3 + stages.length;
      failedAt = at;
      break;
    case 'FINANCING_APPROVED':
    case 'MATCHING':
    case 'AWAITING_PARTNER':
      at = 4 + stages.length;
      break;
    case 'PARTNERED':
      at = order.length;
      break;
    default:
      at = 0;
  }
  return order.map((name, index) => ({
    key: name.startsWith('stage:') ? { stage: name.slice('stage:'.length) } : (name as Exclude<JourneyStep['key'], { stage: string }>),
    status: index === failedAt ? 'failed' : index < at ? 'done' : index === at ? 'now' : 'later',
  }));
}
