import { Column, Entity, PrimaryColumn } from 'typeorm';

export type MatchStatus = 'PROPOSED' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED';

@Entity({ name: 'matches' })
export class MatchEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'cooperative_id' }) cooperativeId: string;
  @Column('uuid', { name: 'partner_id' }) partnerId: string;
  @Column('uuid', { name: 'business_plan_id' }) businessPlanId: string;
  @Column('text') role: string;
  @Column('integer') score: number;
  @Column('jsonb') components: Record<string, number>;
  /** Why this partner: a code and its parameters each (@kdmp/domain's MatchReason), worded where shown. Rows written before the catalogs hold `id` and `en` sentences instead. */
  @Column('jsonb') reasons: { code: string; params?: object; id?: string; en?: string }[];
  @Column('text') status: MatchStatus;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @Column('text', { name: 'decline_reason', nullable: true }) declineReason: string | null;
  @Column('text', { nullable: true }) comment: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
