import { presentMatchReason } from '@kdmp/i18n';
import type { MatchEntity } from '@kdmp/persistence';

export interface MatchView {
  id: string;
  cooperativeId: string;
  partnerId: string;
  businessPlanId: string;
  role: string;
  score: number;
  components: Record<string, number>;
  /** Why this partner: the code, its parameters, and the words in every language (worded here, from the catalogs). */
  reasons: ReturnType<typeof presentMatchReason>[];
  status: string;
  expiresAt: string;
  decidedAt: string | null;
  declineReason: string | null;
  comment: string | null;
  createdAt: string;
}

export function toMatchView(match: MatchEntity): MatchView {
  return {
    id: match.id,
    cooperativeId: match.cooperativeId,
    partnerId: match.partnerId,
    businessPlanId: match.businessPlanId,
    role: match.role,
    score: match.score,
    components: match.components,
    reasons: match.reasons.map(presentMatchReason),
    status: match.status,
    expiresAt: match.expiresAt.toISOString(),
    decidedAt: match.decidedAt?.toISOString() ?? null,
    declineReason: match.declineReason,
    comment: match.comment,
    createdAt: match.createdAt.toISOString(),
  };
}
