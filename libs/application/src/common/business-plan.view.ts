import { policyByVersion, repaymentSchedule, RepaymentSchedule } from '@kdmp/domain';
import { presentScreeningFailure } from '@kdmp/i18n';
import type { BusinessPlanEntity } from '@kdmp/persistence';

export interface BusinessPlanView {
  id: string;
  cooperativeId: string;
  revision: number;
  title: string;
  summary: string;
  sector: string;
  commodities: string[];
  capexAmount: number;
  opexAmount: number;
  requestedAmount: number;
  tenorMonths: number;
  gracePeriodMonths: number;
  projectedAnnualRevenue: number;
  seekingRoles: string[];
  monthlyCapacity: { quantity: number; unit: string };
  exportReady: boolean;
  policyVersion: string;
  status: string;
  /** Each failed rule: its code, its parameters and `message` in every language (worded here, from the catalogs). */
  screeningFailures: ReturnType<typeof presentScreeningFailure>[] | null;
  /** Computed from the policy the plan is judged by. */
  repaymentSchedule: RepaymentSchedule;
  createdAt: string;
}

export function toBusinessPlanView(plan: BusinessPlanEntity): BusinessPlanView {
  const policy = policyByVersion(plan.policyVersion);
  const requestedAmount = plan.capexAmount + plan.opexAmount;
  return {
    id: plan.id,
    cooperativeId: plan.cooperativeId,
    revision: plan.revision,
    title: plan.title,
    summary: plan.summary,
    sector: plan.sector,
    commodities: plan.commodities,
    capexAmount: plan.capexAmount,
    opexAmount: plan.opexAmount,
    requestedAmount,
    tenorMonths: plan.tenorMonths,
    gracePeriodMonths: plan.gracePeriodMonths,
    projectedAnnualRevenue: plan.projectedAnnualRevenue,
    seekingRoles: plan.seekingRoles,
    monthlyCapacity: { quantity: plan.monthlyCapacityQuantity, unit: plan.monthlyCapacityUnit },
    exportReady: plan.exportReady,
    policyVersion: plan.policyVersion,
    status: plan.status,
    screeningFailures: plan.screeningFailures?.map(presentScreeningFailure) ?? null,
    repaymentSchedule: repaymentSchedule({
      principal: requestedAmount,
      tenorMonths: plan.tenorMonths,
      gracePeriodMonths: plan.gracePeriodMonths,
      annualInterestRate: policy.annualInterestRate,
    }),
    createdAt: plan.createdAt.toISOString(),
  };
}
