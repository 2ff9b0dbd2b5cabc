import { useI18n } from '../i18n/i18n';

/** One button to the other language; its own text is in that language, as users look for it. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  // Its text is the other language's own name, marked with that language for screen readers.
  const other = locale === 'id' ? 'en' : 'id';
  return (
    <button type="button" class="secondary" lang={other} onClick={() => setLocale(other)}>
      {t('lang.switchTo')}
    </button>
  );
}
