import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Catalog as SharedCatalog } from '@kdmp/i18n/catalog';
import { domainWord, screeningText, type WordKind } from './domain-words';
import { en } from './en';
import { id, type Catalog, type MessageKey } from './id';
import type { Locale } from './locale';

const CATALOGS: Readonly<Record<Locale, Catalog>> = { id, en };

export type Params = Readonly<Record<string, string | number>>;

/** The message `key` in `locale`, with `{name}` replaced by params.name. */
export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  return CATALOGS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export interface I18n {
  locale: Locale;
  /** The shared catalog (`@kdmp/i18n`) of this language. */
  catalog: SharedCatalog;
  t: (key: MessageKey, params?: Params) => string;
  word: (kind: WordKind, code: string) => string;
  /** A screening failure ({code, params}, as the domain reports it) as a sentence. */
  screening: (failure: { code: string; params?: unknown }) => string;
  setLocale: (locale: Locale) => void;
}

export function i18nFor(locale: Locale, catalog: SharedCatalog, setLocale: (locale: Locale) => void): I18n {
  return {
    locale,
    catalog,
    t: (key, params) => translate(locale, key, params),
    word: (kind, code) => domainWord(catalog, locale, kind, code),
    screening: (failure) => screeningText(catalog, failure),
    setLocale,
  };
}

/** Provided by App once the language's catalog is loaded; nothing renders before. */
export const I18nContext = createContext<I18n>(null as unknown as I18n);

export function useI18n(): I18n {
  return useContext(I18nContext);
}
