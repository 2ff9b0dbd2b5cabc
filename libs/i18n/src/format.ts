/**
 * Formatting that does not depend on the words of a language: rupiah, dates in Jakarta time,
 * numbers and lists, given the BCP 47 tag a catalog declares (`meta.intlLocale`). Pure, no I/O
 * and no Node-only import: the console bundles this file for the browser.
 */

/** Dates are always shown in Western Indonesia Time (UTC+7, no daylight saving), where Kutai Kartanegara's cooperatives and the cooperative office work. */
export const DISPLAY_TIME_ZONE = 'Asia/Jakarta';

/**
 * An amount in rupiah the Indonesian way, whatever the reader's language: `Rp 1.500.000.000`
 * (dots between thousands, a plain space after `Rp`, a leading minus for a negative, a comma
 * before the cents of a fraction). Grouped by hand rather than with Intl so that the text does
 * not depend on the ICU data the runtime carries.
 *
 * It never throws: a screening reason names whatever a plan holds, including a fraction or a
 * negative the API should have refused, and a bigint (as persistence may hold money) at any size.
 */
export function formatRupiah(amount: number | bigint): string {
  if (typeof amount === 'bigint') {
    const negative = amount < 0n;
    return `${negative ? '-' : ''}Rp ${groupThousands((negative ? -amount : amount).toString())}`;
  }
  if (!Number.isFinite(amount)) {
    return `Rp ${String(amount)}`;
  }
  const sign = amount < 0 ? '-' : '';
  const magnitude = Math.abs(amount);
  if (Number.isInteger(magnitude)) {
    // BigInt keeps every digit of a large whole number, where String() would switch to 1e+21.
    return `${sign}Rp ${groupThousands(BigInt(magnitude).toString())}`;
  }
  // Not whole, so below 2^53 and toFixed() answers in plain digits.
  const [whole, cents] = magnitude.toFixed(2).split('.');
  return `${sign}Rp ${groupThousands(whole)},${cents}`;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: DISPLAY_TIME_ZONE,
  timeZoneName: 'short',
};

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A date and time in Jakarta time with the zone shown, in the language of `intlLocale`. With
 * Node 20's ICU: `id-ID` → "28 November 2026 pukul 15.40 WIB", `en-GB` → "28 November 2026 at
 * 15:40 GMT+7" (ICU has no English abbreviation for WIB, so English shows the offset).
 */
export function formatDateTime(value: string | Date, intlLocale: string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`formatDateTime: not a valid ISO 8601 date: ${JSON.stringify(value)}`);
  }
  let formatter = dateFormatters.get(intlLocale);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(intlLocale, DATE_TIME_OPTIONS);
    dateFormatters.set(intlLocale, formatter);
  }
  return formatter.format(date);
}

/** A plain number (a match score): `87,5` in Indonesian, `87.5` in English; at most two decimals. */
export function formatDecimal(value: number, intlLocale: string): string {
  return new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 2 }).format(value);
}

/** A list joined the way the language does: "a, b, dan c" / "a, b and c". */
export function formatConjunction(items: readonly string[], intlLocale: string): string {
  return new Intl.ListFormat(intlLocale, { type: 'conjunction', style: 'long' }).format(items);
}
