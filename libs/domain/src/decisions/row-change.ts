import type { ScreeningFailureReason } from '../domain-events';
import type { MatchReason } from '../matching-score';
import type { ReviewDecision } from '../review-stages';

/**
 * The rows besides the cooperative's that a decision changes, described in the domain's words.
 * @kdmp/application turns each into a write of @kdmp/persistence inside the transition's
 * commit; the domain never sees SQL, and persistence never decides what changes.
 */

export type BusinessPlanStatus =
  | 'SUBMITTED'
  | 'SCREENING_FAILED'
  | 'IN_REVIEW'
  | 'REVISION_REQUESTED'
  | 'APPROVED'
  | 'REJECTED'
  | 'WITHDRAWN';

export type ReviewStatus = 'OPEN' | 'APPROVED' | 'REJECTED' | 'REVISION_REQUESTED' | 'WITHDRAWN';

/** A plan as its officer submits it (a new revision). */
export interface NewBusinessPlan {
  readonly id: string;
  readonly cooperativeId: string;
  readonly revision: number;
  readonly title: string;
  readonly summary: string;
  readonly sector: string;
  readonly commodities: readonly string[];
  readonly capexAmount: number;
  readonly opexAmount: number;
  readonly tenorMonths: number;
  readonly gracePeriodMonths: number;
  readonly projectedAnnualRevenue: number;
  readonly seekingRoles: readonly string[];
  readonly monthlyCapacity: { readonly quantity: number; readonly unit: string };
  readonly exportReady: boolean;
  readonly policyVersion: string;
  readonly submittedBy: string;
  readonly submittedAt: Date;
}

/** A review as screening opens it, at its first stage. */
export interface NewReview {
  readonly id: string;
  readonly cooperativeId: string;
  readonly businessPlanId: string;
  readonly policyVersion: string;
  readonly stages: readonly string[];
  readonly openStage: string;
  readonly stageDeadlineAt: Date;
  readonly requestedAmount: number;
  readonly regencyCode: string;
  readonly provinceCode: string;
  readonly openedAt: Date;
}

/** One reviewer's decision on one stage. */
export interface StageDecisionRecord {
  readonly reviewId: string;
  readonly stage: string;
  readonly decision: ReviewDecision;
  readonly reviewerId: string;
  readonly comment: string | null;
  readonly approvedAmount: number | null;
  readonly decidedAt: Date;
}

/** A proposal of one partner for one role. */
export interface NewMatch {
  readonly id: string;
  readonly cooperativeId: string;
  readonly partnerId: string;
  readonly businessPlanId: string;
  readonly role: string;
  readonly score: number;
  readonly components: Readonly<Record<string, number>>;
  readonly reasons: readonly MatchReason[];
  readonly expiresAt: Date;
  readonly proposedAt: Date;
}

export type RowChange =
  | { readonly kind: 'business-plan-submitted'; readonly plan: NewBusinessPlan }
  | {
      readonly kind: 'business-plan-status-changed';
      readonly planId: string;
      readonly status: BusinessPlanStatus;
      readonly screeningFailures?: readonly ScreeningFailureReason[];
    }
  /** The plan in flight (submitted or in review) is withdrawn with its cooperative. */
  | { readonly kind: 'current-business-plan-withdrawn'; readonly cooperativeId: string }
  | { readonly kind: 'review-opened'; readonly review: NewReview }
  /** The next stage opens, or the review closes with `status`. */
  | {
      readonly kind: 'review-moved-on';
      readonly reviewId: string;
      readonly openStage: string | null;
      readonly stageDeadlineAt: Date | null;
      readonly status: ReviewStatus;
      readonly approvedAmount?: number;
    }
  | { readonly kind: 'stage-decided'; readonly decision: StageDecisionRecord }
  | { readonly kind: 'matches-proposed'; readonly matches: readonly NewMatch[] }
  /** The cooperative's open proposals lapse (a withdrawal). */
  | { readonly kind: 'open-proposals-lapsed'; readonly cooperativeId: string }
  /**
   * A proposal is answered. Conditional: it must still be PROPOSED, else nothing of the
   * decision is written (someone answered first).
   */
  | {
      readonly kind: 'match-answered';
      readonly matchId: string;
      readonly status: 'ACCEPTED' | 'DECLINED' | 'EXPIRED';
      readonly comment?: string;
      readonly declineReason?: string;
    }
  /** Conditional: the partner must have room for one more partnership, else nothing is written. */
  | { readonly kind: 'partner-capacity-reserved'; readonly partnerId: string }
  /**
   * The profile's columns take new values, written only while the row is still at the version
   * the decision was made on (the transition's compare-and-set then bumps it).
   */
  | {
      readonly kind: 'profile-corrected';
      readonly cooperativeId: string;
      readonly expectedVersion: number;
      readonly columns: Readonly<Record<string, unknown>>;
    };

export type RowChangeKind = RowChange['kind'];
