import type { Pool } from 'pg';

/** What the driver needs to see of a cooperative to take its next step. */
export interface CooperativeSnapshot {
  state: string;
  openReviewId: string | null;
  /** The best open proposal from one of the bench's own partners. */
  proposal: { matchId: string; partnerId: string } | null;
}

interface Waiter {
  cooperativeId: string;
  done: (snapshot: CooperativeSnapshot) => boolean;
  deadline: number;
  what: string;
  resolve: (snapshot: CooperativeSnapshot) => void;
  reject: (error: Error) => void;
}

/**
 * The bench's eyes: one query every few milliseconds for every cooperative someone waits on,
 * instead of each driver polling the API (which would load the system with the bench's own
 * polling). Each wait is bounded in time.
 */
export class StateWatcher {
  private waiters: Waiter[] = [];
  private timer: NodeJS.Timeout | null = null;
  private polling = false;

  constructor(
    private readonly db: Pool,
    private readonly partnerIds: () => string[],
    private readonly intervalMs = 20,
  ) {}

  waitFor(cooperativeId: string, done: (snapshot: CooperativeSnapshot) => boolean, what: string, timeoutMs = 60_000) {
    return new Promise<CooperativeSnapshot>((resolve, reject) => {
      this.waiters.push({ cooperativeId, done, what, deadline: Date.now() + timeoutMs, resolve, reject });
      this.timer ??= setInterval(() => void this.poll(), this.intervalMs);
    });
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const waiter of this.waiters) waiter.reject(new Error(`stopped while waiting for ${waiter.what}`));
    this.waiters = [];
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    if (this.waiters.length === 0) {
      if (this.timer) clearInterval(this.timer);
      this.timer = null;
      return;
    }
    this.polling = true;
    try {
      const ids = [...new Set(this.waiters.map((waiter) => waiter.cooperativeId))];
      const { rows } = await this.db.query<{ id: string; state: string; review_id: string | null; match_id: string | null; partner_id: string | null }>(
        `SELECT c.id, c.state,
                (SELECT r.id FROM reviews r WHERE r.cooperative_id = c.id AND r.status = 'OPEN' ORDER BY r.opened_at DESC LIMIT 1) AS review_id,
                m.id AS match_id, m.partner_id
           FROM cooperatives c
           LEFT JOIN LATERAL (
             SELECT id, partner_id FROM matches
              WHERE cooperative_id = c.id AND status = 'PROPOSED' AND partner_id = ANY($2::uuid[])
              ORDER BY score DESC LIMIT 1) m ON c.state = 'MATCHING'
          WHERE c.id = ANY($1::uuid[])`,
        [ids, this.partnerIds()],
      );
      const snapshots = new Map(
        rows.map((row) => [
          row.id,
          {
            state: row.state,
            openReviewId: row.review_id,
            proposal: row.match_id ? { matchId: row.match_id, partnerId: row.partner_id! } : null,
          } satisfies CooperativeSnapshot,
        ]),
      );
      const now = Date.now();
      this.waiters = this.waiters.filter((waiter) => {
        const snapshot = snapshots.get(waiter.cooperativeId);
        if (snapshot && waiter.done(snapshot)) {
          waiter.resolve(snapshot);
          return false;
        }
        if (now > waiter.deadline) {
          waiter.reject(new Error(`timed out waiting for ${waiter.what}; last seen ${JSON.stringify(snapshot ?? null)}`));
          return false;
        }
        return true;
      });
    } catch (error) {
      for (const waiter of this.waiters) waiter.reject(error as Error);
      this.waiters = [];
    } finally {
      this.polling = false;
    }
  }
}
