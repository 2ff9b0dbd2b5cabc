import { catalogFor, formatDate, formatList, label, type AccountEmailText, type Locale } from '@kdmp/i18n';

/**
 * The emails of account links (an invitation, a password reset), worded by the catalogs
 * (`accountEmails`). Apart from the event templates: these go to a person who may have no
 * account yet, carry a secret link, and are sent once, not fanned out.
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

export type AccountEmail = AccountEmailText;

export function renderInvitationEmail(locale: Locale, context: InvitationEmailContext): AccountEmail {
  return catalogFor(locale).accountEmails.invitation({
    role: context.role,
    cooperativeName: context.cooperativeName ?? undefined,
    partnerName: context.partnerName ?? undefined,
    stages: formatList((context.stages ?? []).map((stage) => label(locale, 'reviewStages', stage)), locale),
    link: context.link,
    token: context.token,
    expires: formatDate(context.expiresAt, locale),
  });
}

export function renderPasswordResetEmail(locale: Locale, context: PasswordResetEmailContext): AccountEmail {
  return catalogFor(locale).accountEmails.passwordReset({ link: context.link, token: context.token, expires: formatDate(context.expiresAt, locale) });
}
