import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { domainWord } from './domain-words';
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
  t: (key: MessageKey, params?: Params) => string;
  word: (kind: Parameters<typeof domainWord>[1], code: string) => string;
  setLocale: (locale: Locale) => void;
}

export function i18nFor(locale: Locale, setLocale: (locale: Locale) => void): I18n {
  return {
    locale,
    t: (key, params) => translate(locale, key, params),
    word: (kind, code) => domainWord(locale, kind, code),
    setLocale,
  };
}

export const I18nContext = createContext<I18n>(i18nFor('id', () => undefined));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
