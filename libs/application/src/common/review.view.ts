import type { ReviewDecisionEntity, ReviewEntity } from '@kdmp/persistence';

export interface ReviewStageView {
  stage: string;
  status: 'PENDING' | 'OPEN' | 'DECIDED' | 'NOT_REACHED';
  decision: string | null;
  reviewerId: string | null;
  comment: string | null;
  approvedAmount: number | null;
  decidedAt: string | null;
}

export interface ReviewView {
  id: string;
  cooperativeId: string;
  businessPlanId: string;
  policyVersion: string;
  status: string;
  openStage: string | null;
  stageDeadlineAt: string | null;
  requestedAmount: number;
  approvedAmount: number | null;
  regencyCode: string;
  stages: ReviewStageView[];
  openedAt: string;
  closedAt: string | null;
}

export function toReviewView(review: ReviewEntity, decisions: ReviewDecisionEntity[]): ReviewView {
  const byStage = new Map(decisions.map((decision) => [decision.stage, decision]));
  const openIndex = review.openStage ? review.stages.indexOf(review.openStage) : -1;
  return {
    id: review.id,
    cooperativeId: review.cooperativeId,
    businessPlanId: review.businessPlanId,
    policyVersion: review.policyVersion,
    status: review.status,
    openStage: review.openStage,
    stageDeadlineAt: review.stageDeadlineAt?.toISOString() ?? null,
    requestedAmount: review.requestedAmount,
    approvedAmount: review.approvedAmount,
    regencyCode: review.regencyCode,
    stages: review.stages.map((stage, index) => {
      const decision = byStage.get(stage);
      const status: ReviewStageView['status'] = decision
        ? 'DECIDED'
        : index === openIndex
          ? 'OPEN'
          : review.status === 'OPEN'
            ? 'PENDING'
            : 'NOT_REACHED';
      return {
        stage,
        status,
        decision: decision?.decision ?? null,
        reviewerId: decision?.reviewerId ?? null,
        comment: decision?.comment ?? null,
        approvedAmount: decision?.approvedAmount ?? null,
        decidedAt: decision?.decidedAt.toISOString() ?? null,
      };
    }),
    openedAt: review.openedAt.toISOString(),
    closedAt: review.closedAt?.toISOString() ?? null,
  };
}
