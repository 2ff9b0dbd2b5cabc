import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ReviewStatus } from '@kdmp/domain';
import { rupiahColumn } from '../business-plan/business-plan.entity';

// A review's statuses are the domain's (its decisions set them).
export type { ReviewStatus } from '@kdmp/domain';

@Entity({ name: 'reviews' })
export class ReviewEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'cooperative_id' }) cooperativeId: string;
  @Column('uuid', { name: 'business_plan_id' }) businessPlanId: string;
  @Column('text', { name: 'policy_version' }) policyVersion: string;
  @Column('text', { array: true }) stages: string[];
  @Column('text', { name: 'open_stage', nullable: true }) openStage: string | null;
  @Column('timestamptz', { name: 'stage_deadline_at', nullable: true }) stageDeadlineAt: Date | null;
  @Column('text') status: ReviewStatus;
  @Column('bigint', { name: 'requested_amount', transformer: rupiahColumn }) requestedAmount: number;
  @Column('bigint', { name: 'approved_amount', nullable: true, transformer: rupiahColumn }) approvedAmount: number | null;
  @Column('text', { name: 'regency_code' }) regencyCode: string;
  @Column('text', { name: 'province_code' }) provinceCode: string;
  @Column('timestamptz', { name: 'opened_at' }) openedAt: Date;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt: Date | null;
}
