import { Link } from 'wouter-preact';
import { useI18n } from '../i18n/i18n';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('app.notFound')}</h1>
      <Link href="/">{t('nav.home')}</Link>
    </>
  );
}
