import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import type { Page, InAppNotification } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session-context';
import { LanguageSwitch } from './language-switch';

/** The header (navigation for the role, unread count, language, sign-out) around every signed-in page. */
export function Layout({ children }: { children: ComponentChildren }) {
  const { t } = useI18n();
  const { me, api, signOut } = useSession();
  const [location] = useLocation();
  const [unread, setUnread] = useState<number | null>(null);
  const [changes, setChanges] = useState(0);

  // Counted again on every page change (reading a notification changes it).
  useEffect(() => {
    let current = true;
    api
      .request<Page<InAppNotification>>('/v1/notifications?unread=true&limit=1')
      .then((page) => current && setUnread(page.total), () => undefined);
    return () => {
      current = false;
    };
  }, [location, changes]);
  useEffect(() => {
    const refresh = () => setChanges((count) => count + 1);
    window.addEventListener('kdmp:notifications-changed', refresh);
    return () => window.removeEventListener('kdmp:notifications-changed', refresh);
  }, []);

  const links: [string, string][] =
    me.role === 'COOPERATIVE'
      ? [
          ['/officer', t('nav.home')],
          ['/officer/plan', t('nav.plan')],
          ['/officer/timeline', t('nav.timeline')],
          ['/officer/partners', t('nav.partners')],
        ]
      : me.role === 'REVIEWER'
        ? [['/reviews', t('nav.queue')]]
        : [];

  return (
    <>
      <a class="skip" href="#main">
        {t('app.skip')}
      </a>
      <header class="top">
        <span class="brand">{t('app.name')}</span>
        <nav aria-label={t('nav.main')}>
          <ul>
            {links.map(([href, label]) => (
              <li key={href}>
                <Link href={href} aria-current={location === href ? 'page' : undefined}>
                  {label}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/notifications" aria-current={location === '/notifications' ? 'page' : undefined}>
                {t('nav.notifications')}
                {unread ? (
                  <span class="badge" aria-label={t('nav.unread', { count: unread })}>
                    {unread}
                  </span>
                ) : null}
              </Link>
            </li>
          </ul>
        </nav>
        <div class="tools">
          <LanguageSwitch />
          <button type="button" class="secondary" onClick={signOut}>
            {t('nav.signOut')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
