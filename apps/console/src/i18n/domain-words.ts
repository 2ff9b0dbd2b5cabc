import type { DomainEventType } from '@kdmp/domain/domain-events';
import type { Catalog } from '@kdmp/i18n/catalog';
import { id as indonesian } from '@kdmp/i18n/catalogs/id';
import { capitalise, labelOf } from '@kdmp/i18n/wording';
import type { Locale } from './locale';

/**
 * Names of the domain's codes (states, stages, sectors, roles...) come from `@kdmp/i18n`, the
 * catalogs the notifications use, so a state is called the same in an e-mail and on a page.
 * Bahasa Indonesia, the default, is in the first page's bundle (no second round trip before
 * the first paint); English is its own chunk, fetched when someone first switches to it.
 *
 * The few kinds the shared catalogs do not name yet (event types, review and plan statuses)
 * are the console's own, in CONSOLE_KINDS below.
 */
const LOADERS: Readonly<Record<Locale, () => Promise<Catalog>>> = {
  id: () => Promise.resolve(indonesian),
  en: () => import('@kdmp/i18n/catalogs/en').then((module) => module.en),
};

export function loadCatalog(locale: Locale): Promise<Catalog> {
  return LOADERS[locale]();
}

/** Kinds the shared catalog names, by the console's short names. */
const SHARED_TABLES = {
  state: 'cooperativeStates',
  sector: 'sectors',
  stage: 'reviewStages',
  decision: 'reviewDecisions',
  partnerRole: 'partnerRoles',
  matchStatus: 'matchStatuses',
} as const satisfies Record<string, keyof Catalog>;

type ConsoleKind = 'event' | 'reviewStatus' | 'planStatus';
export type WordKind = keyof typeof SHARED_TABLES | ConsoleKind;

const CONSOLE_KINDS: Readonly<Record<Locale, Readonly<Record<ConsoleKind, Readonly<Record<string, string>>>>>> = {
  id: {
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
      'cooperative.profile-updated': 'Profil koperasi diperbarui',
    } satisfies Record<DomainEventType, string>,
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
  },
  en: {
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
      'cooperative.profile-updated': 'Cooperative profile updated',
    } satisfies Record<DomainEventType, string>,
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
  },
};

/**
 * The name of a code of kind `kind`, as a label standing on its own (capitalised: the shared
 * catalogs write names as they appear inside a sentence, "perkebunan"); an unknown code (a
 * newer server, a configured stage) is shown as it is.
 */
export function domainWord(catalog: Catalog, locale: Locale, kind: WordKind, code: string): string {
  if (kind === 'event' || kind === 'reviewStatus' || kind === 'planStatus') return labelOf(CONSOLE_KINDS[locale][kind], code);
  return capitalise(labelOf(catalog[SHARED_TABLES[kind]], code));
}

/** A screening rule's sentence from the shared catalog, for a failure worked out in the browser. */
export function screeningText(catalog: Catalog, failure: { code: string; params?: unknown }): string {
  const texts = catalog.screeningReasons as unknown as Readonly<Record<string, (params: unknown) => string>>;
  return Object.prototype.hasOwnProperty.call(texts, failure.code) ? texts[failure.code](failure.params ?? {}) : failure.code;
}
