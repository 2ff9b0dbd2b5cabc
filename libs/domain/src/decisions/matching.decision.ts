import type { CooperativeState } from '../cooperative-state';
import { rankCandidates, type MatchCandidate, type MatchCooperative, type MatchPlan } from '../matching-score';
import { cooperativeDecision, type CooperativeDecision } from './cooperative-decision';
import type { NewMatch } from './row-change';
import type { TimerJob } from './timer-job';

export interface MatchingInput {
  readonly cooperative: MatchCooperative;
  readonly plan: MatchPlan & { readonly id: string };
  /** Partners found for the plan's roles, sector and regions. */
  readonly candidates: readonly MatchCandidate[];
  /** Partners not to propose again (declined, lapsed, already proposed or accepted). */
  readonly excludePartnerIds: readonly string[];
  readonly perRole: number;
  readonly proposedAt: Date;
  /** How long a proposal stays open. */
  readonly expiryMs: number;
  /** A fresh id for each proposal. */
  readonly newId: () => string;
}

/**
 * Proposes the best-ranked partners per role sought, each with an expiry timer; with no
 * candidate the cooperative waits for a partner. `null`: nothing to do (it already waits and
 * still nobody fits).
 */
export function decideMatching(current: CooperativeState, input: MatchingInput): CooperativeDecision | null {
  const { cooperative, plan } = input;
  const ranked = rankCandidates(cooperative, plan, input.candidates, {
    perRole: input.perRole,
    excludePartnerIds: input.excludePartnerIds,
  });
  if (ranked.length === 0) {
    if (current === 'AWAITING_PARTNER') return null;
    return cooperativeDecision(current, 'find-no-partner', {
      events: [{ type: 'partner.none-found', payload: { businessPlanId: plan.id, seekingRoles: [...plan.seekingRoles] } }],
    });
  }
  const expiresAt = new Date(input.proposedAt.getTime() + input.expiryMs);
  const matches: NewMatch[] = ranked.map((score) => ({
    id: input.newId(),
    cooperativeId: cooperative.id,
    partnerId: score.partnerId,
    businessPlanId: plan.id,
    role: score.role,
    score: score.score,
    components: { ...score.components },
    reasons: score.reasons.map((reason) => ({ ...reason })),
    expiresAt,
    proposedAt: input.proposedAt,
  }));
  const timers: TimerJob[] = matches.map((match) => ({
    name: 'expire-match',
    jobId: `expire-match-${match.id}`,
    runAt: expiresAt,
    payload: { cooperativeId: cooperative.id, matchId: match.id },
  }));
  return cooperativeDecision(current, 'propose-matches', {
    events: matches.map((match) => ({
      type: 'partner.matched',
      payload: { matchId: match.id, partnerId: match.partnerId, role: match.role, score: match.score, expiresAt: expiresAt.toISOString() },
    })),
    timers,
    changes: [{ kind: 'matches-proposed', matches }],
  });
}
