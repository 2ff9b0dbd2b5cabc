import { formatDate, formatList, type NotificationLocale } from './format';
import { stageName } from './labels';

/**
 * The emails of account links (an invitation, a password reset), in Bahasa Indonesia and
 * English. Kept apart from the event templates: these go to a person who may have no account
 * yet, carry a secret link, and are sent once, not fanned out.
 */

export interface InvitationEmailContext {
  role: 'ADMIN' | 'REVIEWER' | 'COOPERATIVE' | 'PARTNER';
  cooperativeName?: string | null;
  partnerName?: string | null;
  stages?: readonly string[];
  /** The link that opens the page where the password is set. */
  link: string;
  /** The token itself, for a client that calls the API directly. */
  token: string;
  /** ISO 8601. */
  expiresAt: string;
}

export interface PasswordResetEmailContext {
  link: string;
  token: string;
  expiresAt: string;
}

export interface AccountEmail {
  subject: string;
  text: string;
}

type Texts<C> = Record<NotificationLocale, (context: C) => AccountEmail>;

function invitedAs(context: InvitationEmailContext, locale: NotificationLocale): string {
  const stages = formatList((context.stages ?? []).map((stage) => stageName(stage, locale)), locale);
  switch (context.role) {
    case 'COOPERATIVE':
      return locale === 'id' ? `pengurus ${context.cooperativeName ?? 'koperasi'}` : `an officer of ${context.cooperativeName ?? 'a cooperative'}`;
    case 'PARTNER':
      return locale === 'id' ? `pengguna mitra ${context.partnerName ?? ''}`.trim() : `a user of the partner ${context.partnerName ?? ''}`.trim();
    case 'REVIEWER':
      return locale === 'id' ? `peninjau pembiayaan (tahap ${stages})` : `a financing reviewer (${stages})`;
    case 'ADMIN':
      return locale === 'id' ? 'admin dinas koperasi' : 'a cooperative-office admin';
  }
}

const INVITATION: Texts<InvitationEmailContext> = {
  id: (context) => ({
    subject: 'Undangan ke sistem Koperasi Desa/Kelurahan Merah Putih',
    text: [
      `Anda diundang sebagai ${invitedAs(context, 'id')} dalam sistem pembiayaan dan kemitraan Koperasi Desa/Kelurahan Merah Putih.`,
      '',
      `Buat kata sandi Anda melalui tautan berikut (hanya dapat dipakai sekali, berlaku sampai ${formatDate(context.expiresAt, 'id')}):`,
      context.link,
      '',
      `Melalui API: POST /v1/invitations/accept dengan {"token": "${context.token}", "password": "..."}.`,
      'Jika Anda tidak mengharapkan undangan ini, abaikan email ini.',
    ].join('\n'),
  }),
  en: (context) => ({
    subject: 'Your invitation to the Koperasi Desa/Kelurahan Merah Putih system',
    text: [
      `You are invited as ${invitedAs(context, 'en')} in the Koperasi Desa/Kelurahan Merah Putih financing and partnership system.`,
      '',
      `Set your password with this link (it works once, until ${formatDate(context.expiresAt, 'en')}):`,
      context.link,
      '',
      `Through the API: POST /v1/invitations/accept with {"token": "${context.token}", "password": "..."}.`,
      'If you did not expect this invitation, ignore this email.',
    ].join('\n'),
  }),
};

const PASSWORD_RESET: Texts<PasswordResetEmailContext> = {
  id: (context) => ({
    subject: 'Atur ulang kata sandi Anda',
    text: [
      'Kami menerima permintaan untuk mengatur ulang kata sandi akun Anda.',
      '',
      `Buat kata sandi baru melalui tautan berikut (hanya dapat dipakai sekali, berlaku sampai ${formatDate(context.expiresAt, 'id')}):`,
      context.link,
      '',
      `Melalui API: POST /v1/auth/password-reset/confirm dengan {"token": "${context.token}", "password": "..."}.`,
      'Setelah kata sandi diganti, semua sesi lama akan keluar. Jika Anda tidak memintanya, abaikan email ini: kata sandi Anda tidak berubah.',
    ].join('\n'),
  }),
  en: (context) => ({
    subject: 'Reset your password',
    text: [
      'We received a request to reset the password of your account.',
      '',
      `Choose a new password with this link (it works once, until ${formatDate(context.expiresAt, 'en')}):`,
      context.link,
      '',
      `Through the API: POST /v1/auth/password-reset/confirm with {"token": "${context.token}", "password": "..."}.`,
      'Once the password is changed, every earlier session is logged out. If you did not ask for this, ignore this email: your password is unchanged.',
    ].join('\n'),
  }),
};

export function renderInvitationEmail(locale: NotificationLocale, context: InvitationEmailContext): AccountEmail {
  return INVITATION[locale](context);
}

export function renderPasswordResetEmail(locale: NotificationLocale, context: PasswordResetEmailContext): AccountEmail {
  return PASSWORD_RESET[locale](context);
}
