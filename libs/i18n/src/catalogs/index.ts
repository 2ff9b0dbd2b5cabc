import type { Catalog } from '../catalog';
import { en } from './en';
import { id } from './id';

/**
 * Every language the system speaks, by locale code. Adding one is a new catalog file typed
 * `Catalog` and one line here; the type-check then demands every key, and the completeness
 * spec checks every registered catalog against the reference (Bahasa Indonesia).
 */
export const CATALOGS = { id, en } as const satisfies Readonly<Record<string, Catalog>>;

export type Locale = keyof typeof CATALOGS;

/** Bahasa Indonesia: the default (docs/domain.md) and the reference catalog. */
export const DEFAULT_LOCALE: Locale = 'id';

/** The registered locales, the default first. */
export const LOCALES: readonly Locale[] = Object.freeze(Object.keys(CATALOGS) as Locale[]);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CATALOGS, value);
}

/**
 * The locale a language preference resolves to: the registered locale named by its primary
 * language subtag (`en-GB` → `en`), case-insensitively; the default otherwise.
 */
export function resolveLocale(preference?: string | null): Locale {
  if (typeof preference !== 'string') return DEFAULT_LOCALE;
  const primary = preference.trim().split(/[-_]/)[0].toLowerCase();
  return isLocale(primary) ? primary : DEFAULT_LOCALE;
}

/** A locale's catalog. Throws a RangeError for a locale no catalog is registered for. */
export function catalogFor(locale: Locale): Catalog {
  if (!isLocale(locale)) {
    throw new RangeError(`No catalog for locale ${JSON.stringify(locale)}; registered: ${LOCALES.join(', ')}`);
  }
  return CATALOGS[locale];
}
