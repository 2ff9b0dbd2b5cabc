import type { Review } from '../api/types';
import { isOverdue, sortRows, type QueueRow } from './review-queue';

const row = (id: string, requestedAmount: number, stageDeadlineAt: string | null, openedAt: string): QueueRow => ({
  review: { id, requestedAmount, stageDeadlineAt, openedAt } as Review,
  cooperative: null,
});

describe('the review queue', () => {
  const rows = [
    row('a', 100, '2026-12-10T00:00:00Z', '2026-12-01T00:00:00Z'),
    row('b', 300, '2026-12-05T00:00:00Z', '2026-12-02T00:00:00Z'),
    row('c', 200, null, '2026-11-30T00:00:00Z'),
  ];

  it('sorts by nearest deadline (none last), largest amount or longest wait', () => {
    expect(sortRows(rows, 'due').map((r) => r.review.id)).toEqual(['b', 'a', 'c']);
    expect(sortRows(rows, 'amount').map((r) => r.review.id)).toEqual(['b', 'c', 'a']);
    expect(sortRows(rows, 'opened').map((r) => r.review.id)).toEqual(['c', 'a', 'b']);
  });

  it('calls a review overdue once its stage deadline has passed', () => {
    const now = new Date('2026-12-06T00:00:00Z');
    expect(rows.map((r) => isOverdue(r.review, now))).toEqual([false, true, false]);
  });
});
