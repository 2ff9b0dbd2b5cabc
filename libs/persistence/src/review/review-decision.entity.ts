import { Column, Entity, PrimaryColumn } from 'typeorm';
import { rupiahColumn } from '../business-plan/business-plan.entity';

/** One reviewer's decision on one stage of a review. */
@Entity({ name: 'review_decisions' })
export class ReviewDecisionEntity {
  @PrimaryColumn('uuid', { name: 'review_id' }) reviewId: string;
  @PrimaryColumn('text') stage: string;
  @Column('text') decision: 'APPROVE' | 'REJECT' | 'REQUEST_REVISION';
  @Column('uuid', { name: 'reviewer_id' }) reviewerId: string;
  @Column('text', { nullable: true }) comment: string | null;
  @Column('bigint', { name: 'approved_amount', nullable: true, transformer: rupiahColumn }) approvedAmount: number | null;
  @Column('timestamptz', { name: 'decided_at' }) decidedAt: Date;
}
