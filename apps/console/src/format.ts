// The module, not the index: the first page needs this one function, not every rule.
import { formatRupiah } from '@kdmp/domain/rupiah';
import type { Locale } from './i18n/locale';

/** Rupiah as the notifications write it, `Rp 1.500.000.000`, whatever the language. */
export const rupiah = (amount: number): string => formatRupiah(amount);

const DATE_TIME: Intl.DateTimeFormatOptions = {
  timeZone: 'Asia/Jakarta',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
};

/** An instant in Western Indonesia Time, e.g. `3 Desember 2026 14.05 WIB`. */
export function wibDateTime(iso: string, locale: Locale): string {
  const text = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', DATE_TIME).format(new Date(iso));
  return `${text.replace(' pukul', '').replace(' at', ',')} WIB`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole Jakarta calendar days from now to `iso`: negative when it is past. */
export function daysUntil(iso: string, now: Date = new Date()): number {
  const day = (at: number) => Math.floor((at + 7 * 60 * 60 * 1000) / DAY_MS);
  return day(new Date(iso).getTime()) - day(now.getTime());
}

/** A whole number typed with or without thousand dots ("1.500.000"); null when it is not one. */
export function parseWholeNumber(text: string): number | null {
  const digits = text.replace(/[.\s]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : null;
}
