import { BANK_IDENTIFIER_PATTERNS } from './bank-identifiers';
import type { FinancingPolicy } from './financing-policy';
import { MINIMUM_MEMBER_COUNT } from './sector';

/**
 * The automated screening of a submitted business plan (docs/domain.md, "Screening rules"), run by
 * the workflow worker against the plan's policy version. Each check is one rule, as data; every
 * failed rule is reported with a stable code and the numbers involved (its parameters). The
 * sentence an officer reads is not decided here: @kdmp/i18n words each code in every language,
 * from these parameters, wherever a reason is shown (API responses, notifications, the console).
 */

export interface ScreeningBankAccount {
  readonly bankName: string;
  readonly accountNumber: string;
  readonly accountHolder: string;
}

export interface ScreeningCooperative {
  readonly memberCount: number;
  readonly sectors: readonly string[];
  /** The identifiers a bank asks for: optional at registration, so possibly null here. */
  readonly legalEntityNumber: string | null;
  readonly cooperativeNumber: string | null;
  readonly taxNumber: string | null;
  readonly businessNumber: string | null;
  readonly bankAccount: ScreeningBankAccount | null;
}

export interface ScreeningPlan {
  readonly sector: string;
  /** Whole rupiah. capex + opex is the requested amount. */
  readonly capexAmount: number;
  readonly opexAmount: number;
  readonly tenorMonths: number;
  readonly gracePeriodMonths: number;
  readonly projectedAnnualRevenue: number;
}

export interface ScreeningInput {
  readonly cooperative: ScreeningCooperative;
  readonly plan: ScreeningPlan;
  readonly policy: FinancingPolicy;
}

/** One code per rule, in the order the rules run and failures are listed. */
export const SCREENING_FAILURE_CODES = [
  'MISSING_LEGAL_ENTITY_NUMBER',
  'INVALID_LEGAL_ENTITY_NUMBER',
  'MISSING_COOPERATIVE_NUMBER',
  'INVALID_COOPERATIVE_NUMBER',
  'MISSING_TAX_NUMBER',
  'INVALID_TAX_NUMBER',
  'MISSING_BUSINESS_NUMBER',
  'INVALID_BUSINESS_NUMBER',
  'MISSING_BANK_ACCOUNT',
  'INVALID_BANK_ACCOUNT_NUMBER',
  'TOO_FEW_MEMBERS',
  'REQUESTED_AMOUNT_NOT_POSITIVE',
  'REQUESTED_AMOUNT_ABOVE_CEILING',
  'OPERATING_COSTS_ABOVE_CEILING',
  'TENOR_OUT_OF_RANGE',
  'GRACE_PERIOD_OUT_OF_RANGE',
  'GRACE_PERIOD_NOT_SHORTER_THAN_TENOR',
  'PROJECTED_REVENUE_NOT_POSITIVE',
  'SECTOR_NOT_OF_COOPERATIVE',
] as const;

export type ScreeningFailureCode = (typeof SCREENING_FAILURE_CODES)[number];

/** The parts of a bank account a cooperative must give, in the order they are named. */
export const BANK_ACCOUNT_PARTS = ['bankName', 'accountNumber', 'accountHolder'] as const satisfies readonly (keyof ScreeningBankAccount)[];

export type BankAccountPart = (typeof BANK_ACCOUNT_PARTS)[number];

interface NoParams {}

/**
 * What each failure names, by code: the numbers and codes its sentence is made of. Identifier
 * values are never included: reasons travel in events, e-mails and webhooks.
 */
export interface ScreeningFailureParams {
  MISSING_LEGAL_ENTITY_NUMBER: NoParams;
  INVALID_LEGAL_ENTITY_NUMBER: NoParams;
  MISSING_COOPERATIVE_NUMBER: NoParams;
  INVALID_COOPERATIVE_NUMBER: NoParams;
  MISSING_TAX_NUMBER: NoParams;
  INVALID_TAX_NUMBER: NoParams;
  MISSING_BUSINESS_NUMBER: NoParams;
  INVALID_BUSINESS_NUMBER: NoParams;
  /** `missing` lists the absent parts; `accountGiven` is false when there is no account at all. */
  MISSING_BANK_ACCOUNT: { accountGiven: boolean; missing: BankAccountPart[] };
  INVALID_BANK_ACCOUNT_NUMBER: NoParams;
  TOO_FEW_MEMBERS: { memberCount: number; minimumMemberCount: number };
  REQUESTED_AMOUNT_NOT_POSITIVE: { capexAmount: number; opexAmount: number };
  REQUESTED_AMOUNT_ABOVE_CEILING: {
    requestedAmount: number;
    capexAmount: number;
    opexAmount: number;
    ceilingAmount: number;
    policyVersion: string;
  };
  OPERATING_COSTS_ABOVE_CEILING: { opexAmount: number; operatingCostCeiling: number; policyVersion: string };
  TENOR_OUT_OF_RANGE: { tenorMonths: number; min: number; max: number; policyVersion: string };
  GRACE_PERIOD_OUT_OF_RANGE: { gracePeriodMonths: number; min: number; max: number; policyVersion: string };
  GRACE_PERIOD_NOT_SHORTER_THAN_TENOR: { gracePeriodMonths: number; tenorMonths: number };
  PROJECTED_REVENUE_NOT_POSITIVE: { projectedAnnualRevenue: number };
  /** `cooperativeSectors`: the sector codes the cooperative registered (possibly none). */
  SECTOR_NOT_OF_COOPERATIVE: { sector: string; cooperativeSectors: string[] };
}

/** A failed rule as the `screening.failed` event and the business plan record hold it. */
export type ScreeningFailure = {
  [C in ScreeningFailureCode]: { readonly code: C; readonly params: ScreeningFailureParams[C] };
}[ScreeningFailureCode];

export interface ScreeningResult {
  readonly passed: boolean;
  /** Every failed rule, in the order of SCREENING_FAILURE_CODES; empty when passed. */
  readonly failures: readonly ScreeningFailure[];
}

interface Rule<C extends ScreeningFailureCode> {
  readonly code: C;
  /** True when the input satisfies the rule. */
  readonly check: (input: ScreeningInput) => boolean;
  /** What the failure names when the rule fails. */
  readonly params: (input: ScreeningInput) => ScreeningFailureParams[C];
}

export type ScreeningRule = { [C in ScreeningFailureCode]: Rule<C> }[ScreeningFailureCode];

function rule<C extends ScreeningFailureCode>(definition: Rule<C>): ScreeningRule {
  return definition as unknown as ScreeningRule;
}

function failureOf<C extends ScreeningFailureCode>(definition: Rule<C>, input: ScreeningInput): ScreeningFailure {
  return { code: definition.code, params: definition.params(input) } as ScreeningFailure;
}

/** Screens a plan; pure and total: a malformed value fails its rule rather than throwing. */
export function screenBusinessPlan(
  input: ScreeningInput,
  rules: readonly ScreeningRule[] = SCREENING_RULES,
): ScreeningResult {
  const failures = rules
    .filter((candidate) => !candidate.check(input))
    .map((failed) => failureOf(failed as Rule<ScreeningFailureCode>, input));
  return { passed: failures.length === 0, failures };
}

// The bank identifiers ---------------------------------------------------------------------

type IdentifierField = 'legalEntityNumber' | 'cooperativeNumber' | 'taxNumber' | 'businessNumber';

type IdentifierCode<Kind extends 'MISSING' | 'INVALID'> = Extract<ScreeningFailureCode, `${Kind}_${string}_NUMBER`>;

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function matches(pattern: RegExp, value: unknown): boolean {
  return typeof value === 'string' && pattern.test(value);
}

/** MISSING_x and INVALID_x for one identifier; a missing one is not also reported as invalid. */
function identifierRules(
  field: IdentifierField,
  missingCode: Exclude<IdentifierCode<'MISSING'>, 'MISSING_BANK_ACCOUNT'>,
  invalidCode: Exclude<IdentifierCode<'INVALID'>, 'INVALID_BANK_ACCOUNT_NUMBER'>,
): ScreeningRule[] {
  return [
    rule({ code: missingCode, check: ({ cooperative }) => !isBlank(cooperative[field]), params: () => ({}) }),
    rule({
      code: invalidCode,
      check: ({ cooperative }) =>
        isBlank(cooperative[field]) || matches(BANK_IDENTIFIER_PATTERNS[field], cooperative[field]),
      params: () => ({}),
    }),
  ];
}

function missingBankAccountParts(account: ScreeningBankAccount | null): BankAccountPart[] {
  if (account === null || account === undefined) {
    return [...BANK_ACCOUNT_PARTS];
  }
  return BANK_ACCOUNT_PARTS.filter((part) => isBlank(account[part]));
}

const bankAccountRules: ScreeningRule[] = [
  rule({
    code: 'MISSING_BANK_ACCOUNT',
    check: ({ cooperative }) => missingBankAccountParts(cooperative.bankAccount).length === 0,
    params: ({ cooperative }) => ({
      accountGiven: cooperative.bankAccount !== null && cooperative.bankAccount !== undefined,
      missing: missingBankAccountParts(cooperative.bankAccount),
    }),
  }),
  rule({
    code: 'INVALID_BANK_ACCOUNT_NUMBER',
    check: ({ cooperative }) =>
      isBlank(cooperative.bankAccount?.accountNumber) ||
      matches(BANK_IDENTIFIER_PATTERNS.bankAccountNumber, cooperative.bankAccount?.accountNumber),
    params: () => ({}),
  }),
];

// The cooperative and the plan -------------------------------------------------------------

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function requestedAmount(plan: ScreeningPlan): number {
  return plan.capexAmount + plan.opexAmount;
}

function inRange(value: number, range: { readonly min: number; readonly max: number }): boolean {
  return isInteger(value) && value >= range.min && value <= range.max;
}

const planRules: ScreeningRule[] = [
  rule({
    code: 'TOO_FEW_MEMBERS',
    check: ({ cooperative }) => isInteger(cooperative.memberCount) && cooperative.memberCount >= MINIMUM_MEMBER_COUNT,
    params: ({ cooperative }) => ({ memberCount: cooperative.memberCount, minimumMemberCount: MINIMUM_MEMBER_COUNT }),
  }),
  rule({
    code: 'REQUESTED_AMOUNT_NOT_POSITIVE',
    check: ({ plan }) =>
      isAmount(plan.capexAmount) &&
      isAmount(plan.opexAmount) &&
      plan.capexAmount >= 0 &&
      plan.opexAmount >= 0 &&
      requestedAmount(plan) > 0,
    params: ({ plan }) => ({ capexAmount: plan.capexAmount, opexAmount: plan.opexAmount }),
  }),
  rule({
    code: 'REQUESTED_AMOUNT_ABOVE_CEILING',
    check: ({ plan, policy }) => !(requestedAmount(plan) > policy.ceilingAmount),
    params: ({ plan, policy }) => ({
      requestedAmount: requestedAmount(plan),
      capexAmount: plan.capexAmount,
      opexAmount: plan.opexAmount,
      ceilingAmount: policy.ceilingAmount,
      policyVersion: policy.version,
    }),
  }),
  rule({
    code: 'OPERATING_COSTS_ABOVE_CEILING',
    check: ({ plan, policy }) => !(plan.opexAmount > policy.operatingCostCeiling),
    params: ({ plan, policy }) => ({
      opexAmount: plan.opexAmount,
      operatingCostCeiling: policy.operatingCostCeiling,
      policyVersion: policy.version,
    }),
  }),
  rule({
    code: 'TENOR_OUT_OF_RANGE',
    check: ({ plan, policy }) => inRange(plan.tenorMonths, policy.tenorMonths),
    params: ({ plan, policy }) => ({
      tenorMonths: plan.tenorMonths,
      min: policy.tenorMonths.min,
      max: policy.tenorMonths.max,
      policyVersion: policy.version,
    }),
  }),
  rule({
    code: 'GRACE_PERIOD_OUT_OF_RANGE',
    check: ({ plan, policy }) => inRange(plan.gracePeriodMonths, policy.gracePeriodMonths),
    params: ({ plan, policy }) => ({
      gracePeriodMonths: plan.gracePeriodMonths,
      min: policy.gracePeriodMonths.min,
      max: policy.gracePeriodMonths.max,
      policyVersion: policy.version,
    }),
  }),
  rule({
    // Within both ranges a 6-month tenor with 6 months' grace would leave no month to repay in.
    code: 'GRACE_PERIOD_NOT_SHORTER_THAN_TENOR',
    check: ({ plan }) =>
      !isInteger(plan.tenorMonths) || !isInteger(plan.gracePeriodMonths) || plan.gracePeriodMonths < plan.tenorMonths,
    params: ({ plan }) => ({ gracePeriodMonths: plan.gracePeriodMonths, tenorMonths: plan.tenorMonths }),
  }),
  rule({
    code: 'PROJECTED_REVENUE_NOT_POSITIVE',
    check: ({ plan }) => isAmount(plan.projectedAnnualRevenue) && plan.projectedAnnualRevenue > 0,
    params: ({ plan }) => ({ projectedAnnualRevenue: plan.projectedAnnualRevenue }),
  }),
  rule({
    code: 'SECTOR_NOT_OF_COOPERATIVE',
    check: ({ cooperative, plan }) => Array.isArray(cooperative.sectors) && cooperative.sectors.includes(plan.sector),
    params: ({ cooperative, plan }) => ({
      sector: plan.sector,
      cooperativeSectors: Array.isArray(cooperative.sectors) ? [...cooperative.sectors] : [],
    }),
  }),
];

/** Every rule, in the order of SCREENING_FAILURE_CODES. Frozen: screening is the policy's, not a caller's. */
export const SCREENING_RULES: readonly ScreeningRule[] = Object.freeze(
  [
    ...identifierRules('legalEntityNumber', 'MISSING_LEGAL_ENTITY_NUMBER', 'INVALID_LEGAL_ENTITY_NUMBER'),
    ...identifierRules('cooperativeNumber', 'MISSING_COOPERATIVE_NUMBER', 'INVALID_COOPERATIVE_NUMBER'),
    ...identifierRules('taxNumber', 'MISSING_TAX_NUMBER', 'INVALID_TAX_NUMBER'),
    ...identifierRules('businessNumber', 'MISSING_BUSINESS_NUMBER', 'INVALID_BUSINESS_NUMBER'),
    ...bankAccountRules,
    ...planRules,
  ].map((each) => Object.freeze(each)),
);
