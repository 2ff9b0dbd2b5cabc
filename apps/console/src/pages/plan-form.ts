import {
  policyInForce,
  repaymentSchedule,
  screenBusinessPlan,
  type FinancingPolicy,
  type RepaymentSchedule,
  type ScreeningFailureCode,
} from '@kdmp/domain';
import type { BusinessPlan, Cooperative } from '../api/types';
import { parseWholeNumber } from '../format';

/** The plan form's fields as typed (text), so a half-typed number is kept as it is. */
export interface PlanFields {
  title: string;
  summary: string;
  sector: string;
  commodities: string;
  capexAmount: string;
  opexAmount: string;
  tenorMonths: string;
  gracePeriodMonths: string;
  projectedAnnualRevenue: string;
  seekingRoles: string[];
  capacityQuantity: string;
  capacityUnit: string;
  exportReady: boolean;
}

export type PlanFieldName = keyof PlanFields;

export function emptyPlanFields(cooperative: Cooperative): PlanFields {
  return {
    title: '',
    summary: '',
    sector: cooperative.sectors[0] ?? 'AGRICULTURE',
    commodities: '',
    capexAmount: '',
    opexAmount: '',
    tenorMonths: '60',
    gracePeriodMonths: '6',
    projectedAnnualRevenue: '',
    seekingRoles: ['OFFTAKER'],
    capacityQuantity: '',
    capacityUnit: 'ton',
    exportReady: false,
  };
}

/** The last plan's values, to correct and send again. */
export function fieldsOfPlan(plan: BusinessPlan): PlanFields {
  return {
    title: plan.title,
    summary: plan.summary,
    sector: plan.sector,
    commodities: plan.commodities.join(', '),
    capexAmount: String(plan.capexAmount),
    opexAmount: String(plan.opexAmount),
    tenorMonths: String(plan.tenorMonths),
    gracePeriodMonths: String(plan.gracePeriodMonths),
    projectedAnnualRevenue: String(plan.projectedAnnualRevenue),
    seekingRoles: [...plan.seekingRoles],
    capacityQuantity: String(plan.monthlyCapacity.quantity),
    capacityUnit: plan.monthlyCapacity.unit,
    exportReady: plan.exportReady,
  };
}

/** The numbers of the form, or null where the text is not a whole number. */
export function planNumbers(fields: PlanFields) {
  return {
    capexAmount: parseWholeNumber(fields.capexAmount),
    opexAmount: parseWholeNumber(fields.opexAmount),
    tenorMonths: parseWholeNumber(fields.tenorMonths),
    gracePeriodMonths: parseWholeNumber(fields.gracePeriodMonths),
    projectedAnnualRevenue: parseWholeNumber(fields.projectedAnnualRevenue),
    capacityQuantity: Number(fields.capacityQuantity.replace(',', '.')),
  };
}

/** The body of POST /v1/cooperatives/:id/business-plans. */
export function planBody(fields: PlanFields, expectedVersion: number) {
  const numbers = planNumbers(fields);
  return {
    title: fields.title.trim(),
    summary: fields.summary.trim(),
    sector: fields.sector,
    commodities: [...new Set(fields.commodities.split(',').map((item) => item.trim()).filter(Boolean))],
    capexAmount: numbers.capexAmount ?? -1,
    opexAmount: numbers.opexAmount ?? -1,
    tenorMonths: numbers.tenorMonths ?? -1,
    gracePeriodMonths: numbers.gracePeriodMonths ?? -1,
    projectedAnnualRevenue: numbers.projectedAnnualRevenue ?? -1,
    seekingRoles: fields.seekingRoles,
    monthlyCapacity: { quantity: numbers.capacityQuantity, unit: fields.capacityUnit.trim() },
    exportReady: fields.exportReady,
    expectedVersion,
  };
}

/** The policy an officer's plan is judged by today. */
export function currentPolicy(now: Date = new Date()): FinancingPolicy {
  return policyInForce(now);
}

/** The schedule of what is typed so far; null while the terms are incomplete or impossible. */
export function liveSchedule(fields: PlanFields, policy: FinancingPolicy): RepaymentSchedule | null {
  const numbers = planNumbers(fields);
  const principal = (numbers.capexAmount ?? 0) + (numbers.opexAmount ?? 0);
  if (principal <= 0 || numbers.tenorMonths === null || numbers.gracePeriodMonths === null) return null;
  try {
    return repaymentSchedule({
      principal,
      tenorMonths: numbers.tenorMonths,
      gracePeriodMonths: numbers.gracePeriodMonths,
      annualInterestRate: policy.annualInterestRate,
    });
  } catch {
    return null;
  }
}

/** The field a screening rule concerns; null for the cooperative's own data (identifiers, bank, members). */
export function fieldOfFailure(code: ScreeningFailureCode | string): PlanFieldName | null {
  switch (code) {
    case 'REQUESTED_AMOUNT_NOT_POSITIVE':
    case 'REQUESTED_AMOUNT_ABOVE_CEILING':
      return 'capexAmount';
    case 'OPERATING_COSTS_ABOVE_CEILING':
      return 'opexAmount';
    case 'TENOR_OUT_OF_RANGE':
      return 'tenorMonths';
    case 'GRACE_PERIOD_OUT_OF_RANGE':
    case 'GRACE_PERIOD_NOT_SHORTER_THAN_TENOR':
      return 'gracePeriodMonths';
    case 'PROJECTED_REVENUE_NOT_POSITIVE':
      return 'projectedAnnualRevenue';
    case 'SECTOR_NOT_OF_COOPERATIVE':
      return 'sector';
    default:
      return null;
  }
}

/** The API's 400 field names (monthlyCapacity.quantity...) as the form's. */
export function fieldOfApiError(field: string): PlanFieldName | null {
  if (field.startsWith('monthlyCapacity.quantity')) return 'capacityQuantity';
  if (field.startsWith('monthlyCapacity')) return 'capacityUnit';
  const name = field.split(/[.[]/)[0];
  const known: PlanFieldName[] = [
    'title', 'summary', 'sector', 'commodities', 'capexAmount', 'opexAmount', 'tenorMonths',
    'gracePeriodMonths', 'projectedAnnualRevenue', 'seekingRoles', 'exportReady',
  ];
  return (known as string[]).includes(name) ? (name as PlanFieldName) : null;
}

/** What screening will say of the plan as typed: the same rules the workflow runs. */
export function screeningPreview(fields: PlanFields, cooperative: Cooperative, policy: FinancingPolicy) {
  const numbers = planNumbers(fields);
  return screenBusinessPlan({
    cooperative: {
      memberCount: cooperative.memberCount,
      sectors: cooperative.sectors,
      legalEntityNumber: cooperative.legalEntityNumber,
      cooperativeNumber: cooperative.cooperativeNumber,
      taxNumber: cooperative.taxNumber,
      businessNumber: cooperative.businessNumber,
      bankAccount: cooperative.bankAccount,
    },
    plan: {
      sector: fields.sector,
      capexAmount: numbers.capexAmount ?? 0,
      opexAmount: numbers.opexAmount ?? 0,
      tenorMonths: numbers.tenorMonths ?? 0,
      gracePeriodMonths: numbers.gracePeriodMonths ?? 0,
      projectedAnnualRevenue: numbers.projectedAnnualRevenue ?? 0,
    },
    policy,
  });
}
