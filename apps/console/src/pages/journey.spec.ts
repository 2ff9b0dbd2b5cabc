import type { Review, TimelineEntry } from '../api/types';
import { journeySteps, latestReviewId } from './journey';

const statuses = (state: string, review: Review | null = null) => journeySteps(state, review).map((step) => step.status);

describe("the officer's journey", () => {
  it('puts a registered cooperative at the plan step', () => {
    expect(statuses('REGISTERED')).toEqual(['done', 'now', 'later', 'later', 'later', 'later', 'later', 'later']);
  });

  it('follows the open review stage', () => {
    const review = { stages: ['DESK_REVIEW', 'FIELD_VERIFICATION', 'CREDIT_COMMITTEE'].map((stage) => ({ stage })), openStage: 'FIELD_VERIFICATION' } as Review;
    expect(statuses('IN_REVIEW', review)).toEqual(['done', 'done', 'done', 'done', 'now', 'later', 'later', 'later']);
  });

  it('marks a rejection at the financing step and a partnership as the end', () => {
    expect(statuses('FINANCING_REJECTED')[6]).toBe('failed');
    expect(statuses('PARTNERED').every((status) => status === 'done')).toBe(true);
  });

  it("finds the review of the latest plan from the timeline, none when a newer plan has not reached review", () => {
    const entry = (type: string, payload: Record<string, unknown> = {}) => ({ type, payload }) as TimelineEntry;
    expect(latestReviewId([entry('business-plan.submitted'), entry('review.stage-opened', { reviewId: 'r1' })])).toBe('r1');
    expect(latestReviewId([entry('review.stage-opened', { reviewId: 'r1' }), entry('business-plan.submitted')])).toBeNull();
  });
});
