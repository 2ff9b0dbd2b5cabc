import { Column, Entity, PrimaryColumn } from 'typeorm';

/** bigint columns come back from pg as strings; amounts stay within Number.MAX_SAFE_INTEGER. */
export const rupiahColumn = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

export type BusinessPlanStatus =
  | 'SUBMITTED'
  | 'SCREENING_FAILED'
  | 'IN_REVIEW'
  | 'REVISION_REQUESTED'
  | 'APPROVED'
  | 'REJECTED'
  | 'WITHDRAWN';

@Entity({ name: 'business_plans' })
export class BusinessPlanEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'cooperative_id' }) cooperativeId: string;
  @Column('integer') revision: number;
  @Column('text') title: string;
  @Column('text') summary: string;
  @Column('text') sector: string;
  @Column('text', { array: true }) commodities: string[];
  @Column('bigint', { name: 'capex_amount', transformer: rupiahColumn }) capexAmount: number;
  @Column('bigint', { name: 'opex_amount', transformer: rupiahColumn }) opexAmount: number;
  @Column('integer', { name: 'tenor_months' }) tenorMonths: number;
  @Column('integer', { name: 'grace_period_months' }) gracePeriodMonths: number;
  @Column('bigint', { name: 'projected_annual_revenue', transformer: rupiahColumn }) projectedAnnualRevenue: number;
  @Column('text', { name: 'seeking_roles', array: true }) seekingRoles: string[];
  @Column('numeric', { name: 'monthly_capacity_quantity', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  monthlyCapacityQuantity: number;
  @Column('text', { name: 'monthly_capacity_unit' }) monthlyCapacityUnit: string;
  @Column('boolean', { name: 'export_ready' }) exportReady: boolean;
  @Column('text', { name: 'policy_version' }) policyVersion: string;
  @Column('text') status: BusinessPlanStatus;
  /** Each failed rule: its code and parameters (@kdmp/domain's ScreeningFailure), worded where shown. Rows written before the catalogs hold `message` ({ id, en }) instead. */
  @Column('jsonb', { name: 'screening_failures', nullable: true }) screeningFailures: { code: string; params?: object; message?: Record<string, string> }[] | null;
  @Column('uuid', { name: 'submitted_by' }) submittedBy: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
