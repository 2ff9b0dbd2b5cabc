import { BANK_IDENTIFIER_PATTERNS } from './bank-identifiers';
import type { FinancingPolicy } from './financing-policy';
import { formatRupiah } from './rupiah';
import { MINIMUM_MEMBER_COUNT } from './sector';

/**
 * The automated screening of a submitted business plan (docs/domain.md, "Screening rules"), run by
 * the workflow worker against the plan's policy version. Each check is one rule, as data; every
 * failed rule is reported, each with a stable code and a sentence a cooperative officer
 * understands, in Bahasa Indonesia and English, naming the numbers involved.
 */

export interface LocalizedText {
  readonly id: string;
  readonly en: string;
}

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

/** The shape of a reason in the `screening.failed` event. */
export interface ScreeningFailure {
  readonly code: ScreeningFailureCode;
  readonly message: LocalizedText;
}

export interface ScreeningResult {
  readonly passed: boolean;
  /** Every failed rule, in the order of SCREENING_RULES; empty when passed. */
  readonly failures: readonly ScreeningFailure[];
}

export interface ScreeningRule {
  readonly code: ScreeningFailureCode;
  /** True when the input satisfies the rule. */
  readonly check: (input: ScreeningInput) => boolean;
  /** What the officer reads when the rule fails. */
  readonly message: (input: ScreeningInput) => LocalizedText;
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

/** Screens a plan; pure and total: a malformed value fails its rule rather than throwing. */
export function screenBusinessPlan(
  input: ScreeningInput,
  rules: readonly ScreeningRule[] = SCREENING_RULES,
): ScreeningResult {
  const failures = rules
    .filter((rule) => !rule.check(input))
    .map((rule) => ({ code: rule.code, message: rule.message(input) }));
  return { passed: failures.length === 0, failures };
}

// The bank identifiers ---------------------------------------------------------------------

type IdentifierField = 'legalEntityNumber' | 'cooperativeNumber' | 'taxNumber' | 'businessNumber';

interface IdentifierDescription {
  /** The name, as it starts a sentence. */
  readonly name: LocalizedText;
  /** What a well-formed value looks like. */
  readonly format: LocalizedText;
}

const IDENTIFIERS: Readonly<Record<IdentifierField, IdentifierDescription>> = {
  legalEntityNumber: {
    name: { id: 'Nomor badan hukum koperasi', en: "The cooperative's legal entity number (nomor badan hukum)" },
    format: {
      id: 'nomor SK pengesahan badan hukum dari Kementerian Hukum, misalnya AHU-0001234.AH.01.29.TAHUN 2025',
      en: 'the number of the Ministry of Law decree, e.g. AHU-0001234.AH.01.29.TAHUN 2025',
    },
  },
  cooperativeNumber: {
    name: { id: 'Nomor Induk Koperasi (NIK)', en: "The cooperative's number (NIK koperasi)" },
    format: { id: '16 angka', en: '16 digits' },
  },
  taxNumber: {
    name: { id: 'NPWP koperasi', en: "The cooperative's tax number (NPWP)" },
    format: {
      id: '15 atau 16 angka; titik dan tanda hubung seperti tertulis pada kartu NPWP boleh dipakai',
      en: '15 or 16 digits; dots and dashes as printed on the NPWP card are fine',
    },
  },
  businessNumber: {
    name: { id: 'NIB (Nomor Induk Berusaha) koperasi', en: "The cooperative's business number (NIB)" },
    format: { id: '13 angka', en: '13 digits' },
  },
};

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function matches(pattern: RegExp, value: unknown): boolean {
  return typeof value === 'string' && pattern.test(value);
}

/** MISSING_x and INVALID_x for one identifier; a missing one is not also reported as invalid. */
function identifierRules(
  field: IdentifierField,
  missingCode: ScreeningFailureCode,
  invalidCode: ScreeningFailureCode,
): ScreeningRule[] {
  const { name, format } = IDENTIFIERS[field];
  return [
    {
      code: missingCode,
      check: ({ cooperative }) => !isBlank(cooperative[field]),
      // Identifier values are never echoed: they travel in events, e-mails and webhooks.
      message: () => ({
        id: `${name.id} belum diisi. Mohon lengkapi (${format.id}) agar rencana bisnis dapat ditinjau.`,
        en: `${name.en} is missing. Please add it (${format.en}) so that the business plan can be reviewed.`,
      }),
    },
    {
      code: invalidCode,
      check: ({ cooperative }) =>
        isBlank(cooperative[field]) || matches(BANK_IDENTIFIER_PATTERNS[field], cooperative[field]),
      message: () => ({
        id: `${name.id} tidak sesuai format. Mohon periksa kembali: ${format.id}.`,
        en: `${name.en} is not in the expected format. Please check it: ${format.en}.`,
      }),
    },
  ];
}

const BANK_ACCOUNT_PARTS: readonly { field: keyof ScreeningBankAccount; name: LocalizedText }[] = [
  { field: 'bankName', name: { id: 'nama bank', en: 'bank name' } },
  { field: 'accountNumber', name: { id: 'nomor rekening', en: 'account number' } },
  { field: 'accountHolder', name: { id: 'nama pemilik rekening', en: 'account holder' } },
];

function missingBankAccountParts(account: ScreeningBankAccount | null): typeof BANK_ACCOUNT_PARTS {
  if (account === null || account === undefined) {
    return BANK_ACCOUNT_PARTS;
  }
  return BANK_ACCOUNT_PARTS.filter((part) => isBlank(account[part.field]));
}

const bankAccountRules: ScreeningRule[] = [
  {
    code: 'MISSING_BANK_ACCOUNT',
    check: ({ cooperative }) => missingBankAccountParts(cooperative.bankAccount).length === 0,
    message: ({ cooperative }) => {
      const all = BANK_ACCOUNT_PARTS.map((part) => part.name);
      if (cooperative.bankAccount === null || cooperative.bankAccount === undefined) {
        return {
          id: `Rekening bank koperasi belum diisi. Mohon lengkapi ${list(all, 'id')} rekening atas nama koperasi, untuk pencairan pembiayaan.`,
          en: `The cooperative's bank account is missing. Please add the ${list(all, 'en')} of an account in the cooperative's name, for the disbursement.`,
        };
      }
      const missing = missingBankAccountParts(cooperative.bankAccount).map((part) => part.name);
      return {
        id: `Data rekening bank koperasi belum lengkap: ${list(missing, 'id')} belum diisi. Mohon lengkapi.`,
        en: `The cooperative's bank account is incomplete: the ${list(missing, 'en')} ${missing.length === 1 ? 'is' : 'are'} missing. Please add ${missing.length === 1 ? 'it' : 'them'}.`,
      };
    },
  },
  {
    code: 'INVALID_BANK_ACCOUNT_NUMBER',
    check: ({ cooperative }) =>
      isBlank(cooperative.bankAccount?.accountNumber) ||
      matches(BANK_IDENTIFIER_PATTERNS.bankAccountNumber, cooperative.bankAccount?.accountNumber),
    message: () => ({
      id: 'Nomor rekening bank koperasi tidak sesuai format. Mohon periksa kembali: 6 sampai 20 angka, tanpa spasi atau tanda baca.',
      en: "The cooperative's bank account number is not in the expected format. Please check it: 6 to 20 digits, without spaces or punctuation.",
    }),
  },
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
  {
    code: 'TOO_FEW_MEMBERS',
    check: ({ cooperative }) => isInteger(cooperative.memberCount) && cooperative.memberCount >= MINIMUM_MEMBER_COUNT,
    message: ({ cooperative }) => ({
      id: `Jumlah anggota koperasi tercatat ${cooperative.memberCount} orang, sedangkan syaratnya paling sedikit ${MINIMUM_MEMBER_COUNT} orang. Mohon perbarui jumlah anggota setelah anggota baru terdaftar.`,
      en: `The cooperative has ${cooperative.memberCount} members on record; at least ${MINIMUM_MEMBER_COUNT} are required. Please update the member count once new members have joined.`,
    }),
  },
  {
    code: 'REQUESTED_AMOUNT_NOT_POSITIVE',
    check: ({ plan }) =>
      isAmount(plan.capexAmount) &&
      isAmount(plan.opexAmount) &&
      plan.capexAmount >= 0 &&
      plan.opexAmount >= 0 &&
      requestedAmount(plan) > 0,
    message: ({ plan }) => ({
      id: `Jumlah pembiayaan yang diajukan (belanja modal ${formatRupiah(plan.capexAmount)} ditambah biaya operasional ${formatRupiah(plan.opexAmount)}) harus lebih dari Rp 0, dan keduanya tidak boleh negatif. Mohon isi kebutuhan dana rencana bisnis.`,
      en: `The amount requested (capital expenditure ${formatRupiah(plan.capexAmount)} plus operating costs ${formatRupiah(plan.opexAmount)}) must be more than Rp 0, and neither may be negative. Please fill in the funds the business plan needs.`,
    }),
  },
  {
    code: 'REQUESTED_AMOUNT_ABOVE_CEILING',
    check: ({ plan, policy }) => !(requestedAmount(plan) > policy.ceilingAmount),
    message: ({ plan, policy }) => ({
      id: `Jumlah pembiayaan yang diajukan ${formatRupiah(requestedAmount(plan))} (belanja modal ${formatRupiah(plan.capexAmount)} ditambah biaya operasional ${formatRupiah(plan.opexAmount)}) melebihi batas ${formatRupiah(policy.ceilingAmount)} per koperasi menurut kebijakan ${policy.version}. Mohon kurangi belanja modal atau biaya operasional.`,
      en: `The amount requested, ${formatRupiah(requestedAmount(plan))} (capital expenditure ${formatRupiah(plan.capexAmount)} plus operating costs ${formatRupiah(plan.opexAmount)}), exceeds the limit of ${formatRupiah(policy.ceilingAmount)} per cooperative under policy ${policy.version}. Please reduce the capital expenditure or the operating costs.`,
    }),
  },
  {
    code: 'OPERATING_COSTS_ABOVE_CEILING',
    check: ({ plan, policy }) => !(plan.opexAmount > policy.operatingCostCeiling),
    message: ({ plan, policy }) => ({
      id: `Biaya operasional yang diajukan ${formatRupiah(plan.opexAmount)} melebihi batas ${formatRupiah(policy.operatingCostCeiling)} menurut kebijakan ${policy.version}. Mohon kurangi biaya operasional.`,
      en: `The operating costs requested, ${formatRupiah(plan.opexAmount)}, exceed the limit of ${formatRupiah(policy.operatingCostCeiling)} under policy ${policy.version}. Please reduce them.`,
    }),
  },
  {
    code: 'TENOR_OUT_OF_RANGE',
    check: ({ plan, policy }) => inRange(plan.tenorMonths, policy.tenorMonths),
    message: ({ plan, policy }) => ({
      id: `Jangka waktu pinjaman ${plan.tenorMonths} bulan tidak sesuai ketentuan: bilangan bulat, paling singkat ${policy.tenorMonths.min} bulan dan paling lama ${policy.tenorMonths.max} bulan menurut kebijakan ${policy.version}. Mohon sesuaikan jangka waktunya.`,
      en: `A loan tenor of ${plan.tenorMonths} months is outside what policy ${policy.version} allows: whole months, from ${policy.tenorMonths.min} to ${policy.tenorMonths.max}. Please adjust the tenor.`,
    }),
  },
  {
    code: 'GRACE_PERIOD_OUT_OF_RANGE',
    check: ({ plan, policy }) => inRange(plan.gracePeriodMonths, policy.gracePeriodMonths),
    message: ({ plan, policy }) => ({
      id: `Masa tenggang ${plan.gracePeriodMonths} bulan tidak sesuai ketentuan: bilangan bulat, ${policy.gracePeriodMonths.min} sampai ${policy.gracePeriodMonths.max} bulan menurut kebijakan ${policy.version}. Mohon sesuaikan masa tenggangnya.`,
      en: `A grace period of ${plan.gracePeriodMonths} months is outside what policy ${policy.version} allows: whole months, from ${policy.gracePeriodMonths.min} to ${policy.gracePeriodMonths.max}. Please adjust the grace period.`,
    }),
  },
  {
    // Within both ranges a 6-month tenor with 6 months' grace would leave no month to repay in.
    code: 'GRACE_PERIOD_NOT_SHORTER_THAN_TENOR',
    check: ({ plan }) =>
      !isInteger(plan.tenorMonths) || !isInteger(plan.gracePeriodMonths) || plan.gracePeriodMonths < plan.tenorMonths,
    message: ({ plan }) => ({
      id: `Masa tenggang ${plan.gracePeriodMonths} bulan harus lebih singkat dari jangka waktu pinjaman ${plan.tenorMonths} bulan, agar ada bulan untuk mengangsur pokok pinjaman. Mohon perpanjang jangka waktu atau persingkat masa tenggang.`,
      en: `The grace period of ${plan.gracePeriodMonths} months must be shorter than the loan tenor of ${plan.tenorMonths} months, to leave months for repaying the principal. Please lengthen the tenor or shorten the grace period.`,
    }),
  },
  {
    code: 'PROJECTED_REVENUE_NOT_POSITIVE',
    check: ({ plan }) => isAmount(plan.projectedAnnualRevenue) && plan.projectedAnnualRevenue > 0,
    message: ({ plan }) => ({
      id: `Proyeksi pendapatan tahunan harus lebih dari Rp 0, sedangkan yang tertulis ${formatRupiah(plan.projectedAnnualRevenue)}. Mohon isi perkiraan pendapatan usaha dalam setahun.`,
      en: `The projected annual revenue must be more than Rp 0; it is now ${formatRupiah(plan.projectedAnnualRevenue)}. Please fill in the revenue the business expects in a year.`,
    }),
  },
  {
    code: 'SECTOR_NOT_OF_COOPERATIVE',
    check: ({ cooperative, plan }) => Array.isArray(cooperative.sectors) && cooperative.sectors.includes(plan.sector),
    message: ({ cooperative, plan }) => {
      const sectors = Array.isArray(cooperative.sectors) ? cooperative.sectors : [];
      const names = sectors.map(sectorName);
      const registeredId = names.length === 0 ? 'belum ada sektor yang terdaftar' : list(names, 'id');
      const registeredEn = names.length === 0 ? 'none registered yet' : list(names, 'en');
      return {
        id: `Sektor rencana bisnis (${sectorName(plan.sector).id}) tidak termasuk sektor usaha koperasi (${registeredId}). Mohon pilih salah satu sektor koperasi, atau perbarui data sektor koperasi terlebih dahulu.`,
        en: `The business plan's sector (${sectorName(plan.sector).en}) is not one of the cooperative's sectors (${registeredEn}). Please choose one of them, or update the cooperative's sectors first.`,
      };
    },
  },
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
  ].map((rule) => Object.freeze(rule)),
);

// Wording helpers --------------------------------------------------------------------------

/** Sector names as an officer says them (codes from sector.ts); an unknown code is shown as is. */
const SECTOR_NAMES: Readonly<Record<string, LocalizedText>> = {
  AGRICULTURE: { id: 'pertanian', en: 'agriculture' },
  PLANTATION: { id: 'perkebunan', en: 'plantation' },
  FISHERIES: { id: 'perikanan', en: 'fisheries' },
  LIVESTOCK: { id: 'peternakan', en: 'livestock' },
  PROCESSED_FOOD: { id: 'pangan olahan', en: 'processed food' },
  WASTE_PROCESSING: { id: 'pengolahan sampah', en: 'waste processing' },
  RETAIL: { id: 'perdagangan eceran', en: 'retail' },
  LOGISTICS: { id: 'logistik', en: 'logistics' },
  SAVINGS_AND_LOAN: { id: 'simpan pinjam', en: 'savings and loan' },
  HEALTH: { id: 'kesehatan', en: 'health' },
  TOURISM: { id: 'pariwisata', en: 'tourism' },
  OTHER: { id: 'lainnya', en: 'other' },
};

function sectorName(code: string): LocalizedText {
  return Object.prototype.hasOwnProperty.call(SECTOR_NAMES, code)
    ? SECTOR_NAMES[code]
    : { id: String(code), en: String(code) };
}

/** "a, b dan c" / "a, b and c". */
function list(items: readonly LocalizedText[], locale: keyof LocalizedText): string {
  const words = items.map((item) => item[locale]);
  if (words.length <= 1) {
    return words.join('');
  }
  const and = locale === 'id' ? 'dan' : 'and';
  return `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;
}
