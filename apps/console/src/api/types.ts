/** The API's answers as the console reads them (the fields it uses; see /docs for all). */
export type Role = 'ADMIN' | 'REVIEWER' | 'COOPERATIVE' | 'PARTNER';

export interface Me {
  id: string;
  email: string;
  role: Role;
  cooperativeId: string | null;
  partnerId: string | null;
  stages: string[];
  regionCodes: string[];
  locale: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface BankAccount {
  bankName: string;
  accountNumber: string;
  accountHolder: string;
}

export interface Cooperative {
  id: string;
  name: string;
  kind: 'DESA' | 'KELURAHAN';
  village: string;
  district: string;
  regency: string;
  province: string;
  regionCode: string;
  districtCode: string;
  regencyCode: string;
  memberCount: number;
  sectors: string[];
  legalEntityNumber: string | null;
  cooperativeNumber: string | null;
  taxNumber: string | null;
  businessNumber: string | null;
  bankAccount: BankAccount | null;
  currentBusinessPlanId: string | null;
  state: string;
  version: number;
  stateChangedAt: string;
}

export interface Instalment {
  number: number;
  dueMonth: number;
  principal: number;
  interest: number;
  total: number;
  remainingPrincipal: number;
}

export interface ScreeningFailureView {
  code: string;
  message: { id: string; en: string };
}

export interface BusinessPlan {
  id: string;
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
  screeningFailures: ScreeningFailureView[] | null;
  repaymentSchedule: { instalments: Instalment[]; totalInterest: number; totalRepayment: number; monthlyInstalment: number };
  createdAt: string;
}

export interface SubmittedBusinessPlan extends BusinessPlan {
  cooperativeState: string;
  cooperativeVersion: number;
}

export interface ReviewStage {
  stage: string;
  status: 'PENDING' | 'OPEN' | 'DECIDED' | 'NOT_REACHED';
  decision: string | null;
  reviewerId: string | null;
  comment: string | null;
  approvedAmount: number | null;
  decidedAt: string | null;
}

export interface Review {
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
  stages: ReviewStage[];
  openedAt: string;
  closedAt: string | null;
}

export interface TimelineEntry {
  sequence: number;
  type: string;
  occurredAt: string;
  actor: { type: 'USER'; userId: string } | { type: 'SYSTEM'; name: string };
  fromState: string | null;
  toState: string | null;
  payload: Record<string, unknown>;
}

export interface InAppNotification {
  id: string;
  eventType: string;
  title: string;
  body: string;
  read: boolean;
  createdAt: string;
}

export interface Match {
  id: string;
  partnerId: string;
  role: string;
  score: number;
  reasons: { code: string; id: string; en: string }[];
  status: string;
  expiresAt: string;
  decidedAt: string | null;
  declineReason: string | null;
  createdAt: string;
}
