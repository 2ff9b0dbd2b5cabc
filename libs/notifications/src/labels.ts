import type { NotificationLocale } from './format';

type Labels = Readonly<Record<string, Readonly<Record<NotificationLocale, string>>>>;

/** The default review stages (docs/domain.md), by code. A stage configured beyond these shows its raw code. */
export const STAGE_NAMES: Labels = {
  DESK_REVIEW: { id: 'Verifikasi Administrasi', en: 'Desk Review' },
  FIELD_VERIFICATION: { id: 'Verifikasi Lapangan', en: 'Field Verification' },
  CREDIT_COMMITTEE: { id: 'Komite Kredit', en: 'Credit Committee' },
};

/** Partner roles (docs/domain.md, Partner), as a cooperative officer would name them. */
export const PARTNER_ROLE_NAMES: Labels = {
  OFFTAKER: { id: 'pembeli hasil (offtaker)', en: 'offtaker' },
  DISTRIBUTOR: { id: 'distributor', en: 'distributor' },
  FINANCIER: { id: 'pemberi pembiayaan', en: 'financier' },
  EXPORTER: { id: 'eksportir', en: 'exporter' },
};

function label(labels: Labels, code: string, locale: NotificationLocale): string {
  return Object.prototype.hasOwnProperty.call(labels, code) ? labels[code][locale] : code;
}

/** A review stage's name in the recipient's language; an unknown stage code is shown as is. */
export function stageName(stage: string, locale: NotificationLocale): string {
  return label(STAGE_NAMES, stage, locale);
}

/** A partner role's name in the recipient's language; an unknown role code is shown as is. */
export function partnerRoleName(role: string, locale: NotificationLocale): string {
  return label(PARTNER_ROLE_NAMES, role, locale);
}
