import type { CooperativeState, MatchStatus, PartnerRole, PipelineEventType, ReviewDecision, Sector } from '@kdmp/domain';
import type { Locale } from './locale';

/**
 * Names of the domain's codes (states, stages, sectors...) as the console shows them.
 *
 * The one place the console takes domain words from: when the shared catalogs of `@kdmp/i18n`
 * (the words the notifications use) are on main, this module re-exports them instead and the
 * pages stay as they are. Typed by the domain's own unions, so a new state or sector that has
 * no name here fails the build.
 */
type Words<K extends string> = { readonly [key in K]: string };

interface DomainWords {
  state: Words<CooperativeState>;
  sector: Words<Sector>;
  partnerRole: Words<PartnerRole>;
  matchStatus: Words<MatchStatus>;
  decision: Words<ReviewDecision>;
  event: Words<PipelineEventType>;
  stage: Readonly<Record<string, string>>;
  reviewStatus: Readonly<Record<string, string>>;
  planStatus: Readonly<Record<string, string>>;
}

const id: DomainWords = {
  state: {
    REGISTERED: 'Terdaftar',
    PLAN_SUBMITTED: 'Rencana dikirim',
    IN_REVIEW: 'Sedang ditinjau',
    REVISION_REQUESTED: 'Perlu revisi',
    FINANCING_APPROVED: 'Pembiayaan disetujui',
    FINANCING_REJECTED: 'Pembiayaan ditolak',
    MATCHING: 'Pencocokan mitra',
    AWAITING_PARTNER: 'Menunggu mitra',
    PARTNERED: 'Bermitra',
    WITHDRAWN: 'Mengundurkan diri',
  },
  sector: {
    AGRICULTURE: 'Pertanian',
    PLANTATION: 'Perkebunan',
    FISHERIES: 'Perikanan',
    LIVESTOCK: 'Peternakan',
    PROCESSED_FOOD: 'Pangan olahan',
    WASTE_PROCESSING: 'Pengolahan sampah',
    RETAIL: 'Perdagangan eceran',
    LOGISTICS: 'Logistik',
    SAVINGS_AND_LOAN: 'Simpan pinjam',
    HEALTH: 'Kesehatan',
    TOURISM: 'Pariwisata',
    OTHER: 'Lainnya',
  },
  partnerRole: { OFFTAKER: 'Pembeli hasil (offtaker)', DISTRIBUTOR: 'Distributor', FINANCIER: 'Pemberi pembiayaan', EXPORTER: 'Eksportir' },
  matchStatus: { PROPOSED: 'Menunggu jawaban mitra', ACCEPTED: 'Diterima mitra', DECLINED: 'Ditolak mitra', EXPIRED: 'Kedaluwarsa' },
  decision: { APPROVE: 'Setujui', REJECT: 'Tolak', REQUEST_REVISION: 'Minta revisi' },
  event: {
    'cooperative.registered': 'Koperasi terdaftar',
    'business-plan.submitted': 'Rencana bisnis dikirim',
    'screening.passed': 'Lolos pemeriksaan otomatis',
    'screening.failed': 'Tidak lolos pemeriksaan otomatis',
    'review.stage-opened': 'Tahap tinjauan dibuka',
    'review.stage-approved': 'Tahap tinjauan disetujui',
    'review.revision-requested': 'Revisi diminta',
    'financing.reviewed': 'Keputusan pembiayaan',
    'partner.matched': 'Mitra ditemukan',
    'partner.none-found': 'Belum ada mitra yang cocok',
    'match.accepted': 'Mitra menerima',
    'match.declined': 'Mitra menolak',
    'match.expired': 'Tawaran mitra kedaluwarsa',
    'cooperative.withdrawn': 'Koperasi mengundurkan diri',
    'review.reminder': 'Pengingat tinjauan',
    'review.escalated': 'Tinjauan dieskalasi',
    'partner.registered': 'Mitra terdaftar',
    'partner.updated': 'Mitra diperbarui',
  },
  stage: { DESK_REVIEW: 'Verifikasi administrasi', FIELD_VERIFICATION: 'Verifikasi lapangan', CREDIT_COMMITTEE: 'Komite kredit' },
  reviewStatus: { OPEN: 'Terbuka', APPROVED: 'Disetujui', REJECTED: 'Ditolak', REVISION_REQUESTED: 'Perlu revisi', WITHDRAWN: 'Ditarik' },
  planStatus: {
    SUBMITTED: 'Dikirim',
    SCREENING_FAILED: 'Tidak lolos pemeriksaan',
    IN_REVIEW: 'Sedang ditinjau',
    REVISION_REQUESTED: 'Perlu revisi',
    APPROVED: 'Disetujui',
    REJECTED: 'Ditolak',
    WITHDRAWN: 'Ditarik',
  },
};

const en: DomainWords = {
  state: {
    REGISTERED: 'Registered',
    PLAN_SUBMITTED: 'Plan submitted',
    IN_REVIEW: 'In review',
    REVISION_REQUESTED: 'Revision requested',
    FINANCING_APPROVED: 'Financing approved',
    FINANCING_REJECTED: 'Financing rejected',
    MATCHING: 'Matching partners',
    AWAITING_PARTNER: 'Awaiting a partner',
    PARTNERED: 'Partnered',
    WITHDRAWN: 'Withdrawn',
  },
  sector: {
    AGRICULTURE: 'Agriculture',
    PLANTATION: 'Plantation',
    FISHERIES: 'Fisheries',
    LIVESTOCK: 'Livestock',
    PROCESSED_FOOD: 'Processed food',
    WASTE_PROCESSING: 'Waste processing',
    RETAIL: 'Retail',
    LOGISTICS: 'Logistics',
    SAVINGS_AND_LOAN: 'Savings and loan',
    HEALTH: 'Health',
    TOURISM: 'Tourism',
    OTHER: 'Other',
  },
  partnerRole: { OFFTAKER: 'Offtaker', DISTRIBUTOR: 'Distributor', FINANCIER: 'Financier', EXPORTER: 'Exporter' },
  matchStatus: { PROPOSED: "Awaiting the partner's answer", ACCEPTED: 'Accepted by the partner', DECLINED: 'Declined by the partner', EXPIRED: 'Expired' },
  decision: { APPROVE: 'Approve', REJECT: 'Reject', REQUEST_REVISION: 'Ask for a revision' },
  event: {
    'cooperative.registered': 'Cooperative registered',
    'business-plan.submitted': 'Business plan submitted',
    'screening.passed': 'Passed automatic screening',
    'screening.failed': 'Failed automatic screening',
    'review.stage-opened': 'Review stage opened',
    'review.stage-approved': 'Review stage approved',
    'review.revision-requested': 'Revision requested',
    'financing.reviewed': 'Financing decided',
    'partner.matched': 'Partner matched',
    'partner.none-found': 'No matching partner yet',
    'match.accepted': 'Partner accepted',
    'match.declined': 'Partner declined',
    'match.expired': 'Partner offer expired',
    'cooperative.withdrawn': 'Cooperative withdrew',
    'review.reminder': 'Review reminder',
    'review.escalated': 'Review escalated',
    'partner.registered': 'Partner registered',
    'partner.updated': 'Partner updated',
  },
  stage: { DESK_REVIEW: 'Desk review', FIELD_VERIFICATION: 'Field verification', CREDIT_COMMITTEE: 'Credit committee' },
  reviewStatus: { OPEN: 'Open', APPROVED: 'Approved', REJECTED: 'Rejected', REVISION_REQUESTED: 'Revision requested', WITHDRAWN: 'Withdrawn' },
  planStatus: {
    SUBMITTED: 'Submitted',
    SCREENING_FAILED: 'Failed screening',
    IN_REVIEW: 'In review',
    REVISION_REQUESTED: 'Revision requested',
    APPROVED: 'Approved',
    REJECTED: 'Rejected',
    WITHDRAWN: 'Withdrawn',
  },
};

const WORDS: Readonly<Record<Locale, DomainWords>> = { id, en };

/** The name of a code of kind `kind`; an unknown code (a newer server) is shown as it is. */
export function domainWord(locale: Locale, kind: keyof DomainWords, code: string): string {
  const words = WORDS[locale][kind] as Readonly<Record<string, string>>;
  return Object.prototype.hasOwnProperty.call(words, code) ? words[code] : code;
}
