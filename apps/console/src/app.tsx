import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Redirect, Route, Switch, useLocation } from 'wouter-preact';
import { ApiClient } from './api/api-client';
import type { Me } from './api/types';
import { Layout } from './components/layout';
import type { Catalog } from '@kdmp/i18n/catalog';
import { loadCatalog } from './i18n/domain-words';
import { I18nContext, i18nFor } from './i18n/i18n';
import type { MessageKey } from './i18n/id';
import { isLocale, type Locale } from './i18n/locale';
import { NotFoundPage } from './pages/not-found-page';
import { lazyPage } from './components/lazy-page';
import { OfficerHomePage } from './pages/officer-home-page';
import { SignInPage } from './pages/sign-in-page';
import { SessionContext, type Session } from './session/session-context';
import { homeOf } from './session/home-of';
import { forgetToken, loadToken, saveToken } from './session/session-store';


// Loaded when first shown: the officer's first page (sign-in, home) stays small.
const BusinessPlanPage = lazyPage(() => import('./pages/business-plan-page').then((m) => m.BusinessPlanPage));
const TimelinePage = lazyPage(() => import('./pages/timeline-page').then((m) => m.TimelinePage));
const PartnersPage = lazyPage(() => import('./pages/partners-page').then((m) => m.PartnersPage));
const NotificationsPage = lazyPage(() => import('./pages/notifications-page').then((m) => m.NotificationsPage));
const ReviewQueuePage = lazyPage(() => import('./pages/review-queue-page').then((m) => m.ReviewQueuePage));
const ReviewCasePage = lazyPage<{ reviewId: string }>(() => import('./pages/review-case-page').then((m) => m.ReviewCasePage));

export function App() {
  const [locale, setLocaleState] = useState<Locale>('id');
  // The shared catalog of the language shown; a switch keeps the old one until the new arrives.
  const [words, setWords] = useState<{ locale: Locale; catalog: Catalog } | null>(null);
  const [catalogFailed, setCatalogFailed] = useState(0);
  const [me, setMe] = useState<Me | null>(null);
  const [restoring, setRestoring] = useState(() => loadToken() !== null);
  const [notice, setNotice] = useState<MessageKey | null>(null);
  const token = useRef<string | null>(loadToken());
  const [, navigate] = useLocation();

  const endSession = useCallback((message: MessageKey) => {
    token.current = null;
    forgetToken();
    setMe(null);
    setNotice(message);
    navigate('/sign-in', { replace: true });
  }, []);

  const api = useMemo(() => new ApiClient(() => token.current, () => endSession('signIn.expired')), [endSession]);

  useEffect(() => {
    let current = true;
    loadCatalog(locale).then(
      (catalog) => current && setWords({ locale, catalog }),
      // Offline before the chunk was ever cached: try again shortly.
      () => current && setTimeout(() => setCatalogFailed((n) => n + 1), 2000),
    );
    return () => {
      current = false;
    };
  }, [locale, catalogFailed]);

  useEffect(() => {
    if (words) document.documentElement.lang = words.locale;
  }, [words]);

  const adopt = useCallback((user: Me) => {
    setMe(user);
    if (isLocale(user.locale)) setLocaleState(user.locale);
  }, []);

  // A reload keeps the session of this tab: ask the server who the token belongs to.
  useEffect(() => {
    if (!restoring) return;
    api
      .request<Me>('/v1/me')
      .then(adopt, () => undefined)
      .finally(() => setRestoring(false));
  }, []);

  const signIn = useCallback(
    async (accessToken: string) => {
      token.current = accessToken;
      saveToken(accessToken);
      const user = await api.request<Me>('/v1/me');
      setNotice(null);
      adopt(user);
      return user;
    },
    [api, adopt],
  );

  const setLocale = useCallback(
    (next: Locale) => {
      setLocaleState(next);
      // Remembered for the user: the notifications use the same preference.
      if (token.current) void api.request('/v1/me/preferences', { method: 'PATCH', body: { locale: next } }).catch(() => undefined);
    },
    [api],
  );

  const i18n = useMemo(() => (words ? i18nFor(words.locale, words.catalog, setLocale) : null), [words, setLocale]);
  const session: Session | null = useMemo(
    () => (me ? { me, api, signOut: () => endSession('signIn.signedOut') } : null),
    [me, api, endSession],
  );

  if (restoring || i18n === null) return null;

  return (
    <I18nContext.Provider value={i18n}>
      <SessionContext.Provider value={session}>
        {session === null ? (
          <Switch>
            <Route path="/sign-in">
              <SignInPage api={api} notice={notice} onSignedIn={signIn} />
            </Route>
            <Route>
              <Redirect to="/sign-in" replace />
            </Route>
          </Switch>
        ) : (
          <Layout>
            <Switch>
              <Route path="/">
                <Redirect to={homeOf(session.me)} replace />
              </Route>
              <Route path="/sign-in">
                <Redirect to={homeOf(session.me)} replace />
              </Route>
              <Route path="/officer">{session.me.role === 'COOPERATIVE' ? <OfficerHomePage /> : <NotFoundPage />}</Route>
              <Route path="/officer/plan">{session.me.role === 'COOPERATIVE' ? <BusinessPlanPage /> : <NotFoundPage />}</Route>
              <Route path="/officer/timeline">{session.me.role === 'COOPERATIVE' ? <TimelinePage /> : <NotFoundPage />}</Route>
              <Route path="/officer/partners">{session.me.role === 'COOPERATIVE' ? <PartnersPage /> : <NotFoundPage />}</Route>
              <Route path="/notifications">
                <NotificationsPage />
              </Route>
              <Route path="/reviews">{session.me.role === 'REVIEWER' ? <ReviewQueuePage /> : <NotFoundPage />}</Route>
              <Route path="/reviews/:id">
                {(params) => (session.me.role === 'REVIEWER' ? <ReviewCasePage reviewId={params.id} /> : <NotFoundPage />)}
              </Route>
              <Route path="/unsupported">
                <p>{i18n.t('signIn.unsupportedRole')}</p>
              </Route>
              <Route component={NotFoundPage} />
            </Switch>
          </Layout>
        )}
      </SessionContext.Provider>
    </I18nContext.Provider>
  );
}
