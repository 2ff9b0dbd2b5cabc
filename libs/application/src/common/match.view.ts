import type { MatchEntity } from '@kdmp/persistence';

export interface MatchView {
  id: string;
  cooperativeId: string;
  partnerId: string;
  businessPlanId: string;
  role: string;
  score: number;
  components: Record<string, number>;
  /** Why this partner, in words (Bahasa Indonesia and English). */
  reasons: { code: string; id: string; en: string }[];
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
    reasons: match.reasons,
    status: match.status,
    expiresAt: match.expiresAt.toISOString(),
    decidedAt: match.decidedAt?.toISOString() ?? null,
    declineReason: match.declineReason,
    comment: match.comment,
    createdAt: match.createdAt.toISOString(),
  };
}
