import type { CooperativeState } from '../cooperative-state';
import { cooperativeDecision, type CooperativeDecision } from './cooperative-decision';
import type { RowChange } from './row-change';

/**
 * The cooperative leaves the pipeline. An open review closes with it (its stage's reviewers
 * are told), open proposals lapse (their partners are told), and the plan in flight is
 * withdrawn.
 */
export function decideWithdrawal(
  current: CooperativeState,
  input: {
    readonly cooperativeId: string;
    readonly reason?: string;
    readonly openReview: { readonly id: string; readonly openStage: string | null } | null;
    readonly openProposals: readonly { readonly partnerId: string }[];
  },
): CooperativeDecision {
  const { openReview, openProposals } = input;
  const changes: RowChange[] = [
    ...(openReview
      ? [{ kind: 'review-moved-on', reviewId: openReview.id, openStage: null, stageDeadlineAt: null, status: 'WITHDRAWN' } as const]
      : []),
    { kind: 'open-proposals-lapsed', cooperativeId: input.cooperativeId },
    { kind: 'current-business-plan-withdrawn', cooperativeId: input.cooperativeId },
  ];
  return cooperativeDecision(current, 'withdraw', {
    events: [
      {
        type: 'cooperative.withdrawn',
        payload: {
          ...(input.reason ? { reason: input.reason } : {}),
          ...(openReview?.openStage ? { reviewId: openReview.id, stage: openReview.openStage } : {}),
          ...(openProposals.length > 0 ? { partnerIds: [...new Set(openProposals.map((match) => match.partnerId))] } : {}),
        },
      },
    ],
    changes,
  });
}
