import type { CooperativeState } from '../cooperative-state';
import { cooperativeDecision, type CooperativeDecision } from './cooperative-decision';

/** The open proposal being answered. */
export interface ProposalUnderAnswer {
  readonly id: string;
  readonly partnerId: string;
}

/** The partner takes its proposal: the cooperative is PARTNERED and the partner's capacity counts it. */
export function decideMatchAcceptance(current: CooperativeState, match: ProposalUnderAnswer, comment?: string): CooperativeDecision {
  return cooperativeDecision(current, 'accept-match', {
    events: [{ type: 'match.accepted', payload: { matchId: match.id, partnerId: match.partnerId, ...(comment ? { comment } : {}) } }],
    changes: [
      { kind: 'match-answered', matchId: match.id, status: 'ACCEPTED', ...(comment ? { comment } : {}) },
      { kind: 'partner-capacity-reserved', partnerId: match.partnerId },
    ],
  });
}

/** The partner turns its proposal down, with a reason; the workflow rematches when none is left open. */
export function decideMatchDecline(current: CooperativeState, match: ProposalUnderAnswer, reason: string): CooperativeDecision {
  return cooperativeDecision(current, 'decline-match', {
    events: [{ type: 'match.declined', payload: { matchId: match.id, partnerId: match.partnerId, reason } }],
    changes: [{ kind: 'match-answered', matchId: match.id, status: 'DECLINED', declineReason: reason }],
  });
}

/** Unanswered by its expiry, a proposal lapses. */
export function decideMatchExpiry(current: CooperativeState, match: ProposalUnderAnswer): CooperativeDecision {
  return cooperativeDecision(current, 'expire-match', {
    events: [{ type: 'match.expired', payload: { matchId: match.id, partnerId: match.partnerId } }],
    changes: [{ kind: 'match-answered', matchId: match.id, status: 'EXPIRED' }],
  });
}
