import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';
import { Alert } from './alert';

/**
 * A page whose code is fetched when it is first shown, so the officer's first page does not
 * carry the plan form, the domain's rules or the reviewer's pages. A failed fetch (offline)
 * offers a retry.
 */
export function lazyPage<P>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function LazyPage(props: P) {
    const { t } = useI18n();
    const [component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (component) return;
      let current = true;
      load().then(
        (found) => {
          loaded = found;
          if (current) setComponent(() => found);
        },
        () => current && setFailed(true),
      );
      return () => {
        current = false;
      };
    }, [attempt]);
    if (component) {
      const Page = component;
      return <Page {...(props as P & object)} />;
    }
    if (failed) {
      return (
        <Alert kind="error">
          {t('app.networkError')}{' '}
          <button type="button" class="link" onClick={() => (setFailed(false), setAttempt((n) => n + 1))}>
            {t('app.retry')}
          </button>
        </Alert>
      );
    }
    return <p aria-busy="true">{t('app.loading')}</p>;
  };
}
