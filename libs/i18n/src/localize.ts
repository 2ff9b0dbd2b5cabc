import type { Catalog, StoredReason } from './catalog';
import { catalogFor, type Locale, LOCALES } from './catalogs';
import { formatConjunction, formatDateTime, formatDecimal } from './format';
import { labelOf } from './wording';

/**
 * Words by locale, for code outside the catalogs: the API's edges, the notifier and the
 * console. Labels of codes a catalog does not know (a review stage configured beyond the
 * defaults) are shown as the code itself.
 */

type LabelTable = 'cooperativeStates' | 'sectors' | 'actorKinds' | 'reviewStages' | 'reviewDecisions' | 'partnerTypes' | 'partnerRoles' | 'matchStatuses' | 'villageKinds' | 'bankAccountParts' | 'partnerProfileFields';

/** The name of a code in one of the catalog's label tables, e.g. `label('en', 'sectors', 'PLANTATION')`. */
export function label(locale: Locale, table: LabelTable, code: string): string {
  return labelOf(catalogFor(locale)[table], code);
}

/** A date and time in Jakarta time in the locale's language ("28 November 2026 pukul 15.40 WIB"). */
export function formatDate(value: string | Date, locale: Locale): string {
  return formatDateTime(value, catalogFor(locale).meta.intlLocale);
}

/** A number in the locale's way: `87,5` / `87.5`. */
export function formatNumber(value: number, locale: Locale): string {
  return formatDecimal(value, catalogFor(locale).meta.intlLocale);
}

/** A list joined the locale's way: "a, b, dan c" / "a, b and c". */
export function formatList(items: readonly string[], locale: Locale): string {
  return formatConjunction(items, catalogFor(locale).meta.intlLocale);
}

function hasOwn<T extends object>(table: T, key: string): key is Extract<keyof T, string> {
  return Object.prototype.hasOwnProperty.call(table, key);
}

function reasonText(
  texts: Readonly<Record<string, (params: never) => string>>,
  reason: StoredReason,
  legacy: (reason: StoredReason) => string | undefined,
): string {
  if (hasOwn(texts, reason.code) && reason.params !== undefined && reason.params !== null) {
    return (texts[reason.code] as (params: unknown) => string)(reason.params);
  }
  return legacy(reason) ?? reason.code;
}

/**
 * A screening failure as a sentence. A failure recorded before the catalogs carries its
 * sentences (`message`); it is shown as recorded (the other language's when the locale's is
 * missing), and an unknown code as the code.
 */
export function screeningReasonText(reason: StoredReason, locale: Locale): string {
  return reasonText(catalogFor(locale).screeningReasons, reason, (old) => {
    const message = old.message;
    if (message === undefined || message === null) return undefined;
    return nonBlank(message[locale]) ?? Object.values(message).map(nonBlank).find((found) => found !== undefined);
  });
}

/** A match reason as a phrase; a reason recorded before the catalogs is shown as recorded. */
export function matchReasonText(reason: StoredReason, locale: Locale): string {
  return reasonText(catalogFor(locale).matchReasons, reason, (old) => nonBlank(old[locale as 'id' | 'en']) ?? nonBlank(old.id) ?? nonBlank(old.en));
}

function nonBlank(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Text in every registered language, keyed by locale: `{ id: '…', en: '…' }`. */
export type Localized = { readonly [L in Locale]: string };

function inEveryLocale(render: (locale: Locale) => string): Localized {
  return Object.fromEntries(LOCALES.map((locale) => [locale, render(locale)])) as Localized;
}

/**
 * A screening failure as the API shows it (the shape it had when the domain wrote sentences):
 * its code, its parameters, and `message` in every language.
 */
export function presentScreeningFailure(reason: StoredReason): { code: string; params?: unknown; message: Localized } {
  return {
    code: reason.code,
    ...(reason.params === undefined ? {} : { params: reason.params }),
    message: inEveryLocale((locale) => screeningReasonText(reason, locale)),
  };
}

/** A match reason as the API shows it: its code, its parameters, and a phrase per language keyed by locale. */
export function presentMatchReason(reason: StoredReason): { code: string; params?: unknown } & Localized {
  return {
    code: reason.code,
    ...(reason.params === undefined ? {} : { params: reason.params }),
    ...inEveryLocale((locale) => matchReasonText(reason, locale)),
  };
}

/** A `screening.failed` payload with its reasons worded, as the timeline and notifications show it; any other payload as it is. */
export function presentEventPayload<P extends Record<string, unknown>>(eventType: string, payload: P): P {
  if (eventType !== 'screening.failed' || !Array.isArray(payload.reasons)) return payload;
  return { ...payload, reasons: (payload.reasons as StoredReason[]).map(presentScreeningFailure) };
}

export type { Catalog };
