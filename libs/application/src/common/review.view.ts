import type { ReviewDecisionEntity, ReviewEntity, ReviewWorkItem } from '@kdmp/persistence';

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
  /** When the open stage opened: when the case arrived on its reviewers' list. */
  stageOpenedAt: string | null;
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
    stageOpenedAt: review.openStage === null ? null : stageOpenedAt(review, decisions).toISOString(),
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

/** The first stage opens with the review; each later one when the stage before it was decided. */
function stageOpenedAt(review: ReviewEntity, decisions: ReviewDecisionEntity[]): Date {
  return decisions.reduce((latest, decision) => (decision.decidedAt > latest ? decision.decidedAt : latest), review.openedAt);
}

/** A review on a reviewer's work list: enough of the cooperative to triage without another call. */
export interface ReviewWorkItemView extends ReviewView {
  cooperative: { name: string; village: string; district: string };
}

export function toReviewWorkItemView(item: ReviewWorkItem): ReviewWorkItemView {
  return { ...toReviewView(item.review, item.decisions), cooperative: item.cooperative };
}
