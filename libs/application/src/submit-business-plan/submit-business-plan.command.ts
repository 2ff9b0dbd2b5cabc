import type { Actor } from '@kdmp/contracts';
import type { CooperativeViewer } from '@kdmp/persistence';

export interface BusinessPlanInput {
  title: string;
  summary: string;
  sector: string;
  commodities: string[];
  capexAmount: number;
  opexAmount: number;
  tenorMonths: number;
  gracePeriodMonths: number;
  projectedAnnualRevenue: number;
  seekingRoles: string[];
  monthlyCapacity: { quantity: number; unit: string };
  exportReady: boolean;
}

export interface SubmitBusinessPlanCommand {
  cooperativeId: string;
  plan: BusinessPlanInput;
  expectedVersion?: number;
  actor: Actor & { type: 'USER' };
  viewer: CooperativeViewer;
  correlationId: string;
}
