// The module, not the index: the first page needs these functions, not every catalog.
import { formatDateTime, formatRupiah } from '@kdmp/i18n/format';
import type { Catalog } from '@kdmp/i18n/catalog';

/** Rupiah as the notifications write it, `Rp 1.500.000.000`, whatever the language. */
export const rupiah = (amount: number): string => formatRupiah(amount);

/** An instant in Jakarta time as the notifications write it ("3 Desember 2026 pukul 14.05 WIB"). */
export function wibDateTime(iso: string, catalog: Catalog): string {
  return formatDateTime(iso, catalog.meta.intlLocale);
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
