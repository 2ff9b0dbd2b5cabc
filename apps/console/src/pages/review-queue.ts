import type { Cooperative, Page, Review } from '../api/types';

export interface QueueRow {
  review: Review;
  cooperative: Cooperative | null;
}

export type QueueSort = 'due' | 'amount' | 'opened';

/** The open reviews at the reviewer's stages and regions, with their cooperatives. */
export async function loadQueue(request: <T>(path: string) => Promise<T>): Promise<QueueRow[]> {
  const page = await request<Page<Review>>('/v1/reviews?limit=100');
  const cooperatives = await Promise.all(
    page.items.map((review) => request<Cooperative>(`/v1/cooperatives/${review.cooperativeId}`).catch(() => null)),
  );
  return page.items.map((review, index) => ({ review, cooperative: cooperatives[index] }));
}

export function sortRows(rows: QueueRow[], sort: QueueSort): QueueRow[] {
  const deadline = (row: QueueRow) => (row.review.stageDeadlineAt ? Date.parse(row.review.stageDeadlineAt) : Infinity);
  const compare: Record<QueueSort, (a: QueueRow, b: QueueRow) => number> = {
    due: (a, b) => deadline(a) - deadline(b),
    amount: (a, b) => b.review.requestedAmount - a.review.requestedAmount,
    opened: (a, b) => Date.parse(a.review.openedAt) - Date.parse(b.review.openedAt),
  };
  return [...rows].sort(compare[sort]);
}


/** Past its stage's deadline (the workflow escalates it to the admins). */
export function isOverdue(review: Review, now: Date = new Date()): boolean {
  return review.stageDeadlineAt !== null && Date.parse(review.stageDeadlineAt) < now.getTime();
}
