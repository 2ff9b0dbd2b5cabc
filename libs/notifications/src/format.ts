/**
 * Formatting for notification texts: rupiah amounts and dates in the recipient's language.
 * Pure functions, no I/O. Dates are always shown in Western Indonesia Time (Asia/Jakarta, UTC+7,
 * no daylight saving), where Kutai Kartanegara's cooperatives and the cooperative office work.
 */

/** The languages a notification is written in (docs/domain.md: Bahasa Indonesia by default, English per recipient). */
export const NOTIFICATION_LOCALES = ['id', 'en'] as const;

export type NotificationLocale = (typeof NOTIFICATION_LOCALES)[number];

/** The locale a recipient's language preference resolves to: English when asked for, Indonesian otherwise. */
export function resolveLocale(preference?: string | null): NotificationLocale {
  return preference !== undefined && preference !== null && /^en\b/i.test(preference.trim()) ? 'en' : 'id';
}

export function isNotificationLocale(value: unknown): value is NotificationLocale {
  return typeof value === 'string' && (NOTIFICATION_LOCALES as readonly string[]).includes(value);
}

/** The BCP 47 tags behind our two locales: Indonesian, and British English (day before month, 24-hour clock). */
const INTL_LOCALE: Record<NotificationLocale, string> = { id: 'id-ID', en: 'en-GB' };

export const NOTIFICATION_TIME_ZONE = 'Asia/Jakarta';

/**
 * An amount in rupiah the Indonesian way: `Rp 1.500.000.000` (dots between thousands, no
 * decimals, a leading minus for a negative). Money is whole rupiah (docs/domain.md), so a fraction,
 * a non-finite number or an integer beyond Number.MAX_SAFE_INTEGER (which a number cannot hold
 * exactly) is refused rather than printed wrongly. A bigint, as persistence stores money, is
 * accepted at any size.
 */
export function formatRupiah(amount: number | bigint): string {
  let digits: string;
  let negative: boolean;
  if (typeof amount === 'bigint') {
    negative = amount < 0n;
    digits = (negative ? -amount : amount).toString();
  } else {
    if (!Number.isSafeInteger(amount)) {
      throw new RangeError(`formatRupiah: expected a whole number of rupiah within ±Number.MAX_SAFE_INTEGER, got ${amount}`);
    }
    negative = amount < 0;
    digits = Math.abs(amount).toString();
  }
  // Group from the right by threes. Done by hand rather than with Intl so that the result does
  // not depend on the ICU data Node was built with, and the space is a plain one.
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}Rp ${grouped}`;
}

const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: NOTIFICATION_TIME_ZONE,
  timeZoneName: 'short',
};

const dateFormatters = new Map<NotificationLocale, Intl.DateTimeFormat>();

function dateFormatter(locale: NotificationLocale): Intl.DateTimeFormat {
  let formatter = dateFormatters.get(locale);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[locale], DATE_TIME_OPTIONS);
    dateFormatters.set(locale, formatter);
  }
  return formatter;
}

/**
 * A date and time in Jakarta time, in the recipient's language, with the zone shown. With
 * Node 20's ICU: `id` → "28 November 2026 pukul 15.40 WIB", `en` → "28 November 2026 at 15:40 GMT+7"
 * (ICU has no English abbreviation for WIB, so English shows the offset).
 */
export function formatDate(iso: string, locale: NotificationLocale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`formatDate: not a valid ISO 8601 date: ${JSON.stringify(iso)}`);
  }
  if (!isNotificationLocale(locale)) {
    throw new RangeError(`formatDate: unsupported locale ${JSON.stringify(locale)}; expected one of ${NOTIFICATION_LOCALES.join(', ')}`);
  }
  return dateFormatter(locale).format(date);
}

/** A plain number (a match score) in the recipient's language: `87,5` in Indonesian, `87.5` in English. */
export function formatNumber(value: number, locale: NotificationLocale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 2 }).format(value);
}

/** A list joined the way each language does: "a, b, dan c" / "a, b and c". */
export function formatList(items: readonly string[], locale: NotificationLocale): string {
  return new Intl.ListFormat(INTL_LOCALE[locale], { type: 'conjunction', style: 'long' }).format(items);
}
