import { useState } from 'preact/hooks';
import { useLocation } from 'wouter-preact';
import type { ApiClient } from '../api/api-client';
import { ApiError } from '../api/problem';
import type { Me } from '../api/types';
import { homeOf } from '../session/home-of';
import { Alert } from '../components/alert';
import { LanguageSwitch } from '../components/language-switch';
import { problemText } from '../components/problem-text';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/id';

interface Props {
  api: ApiClient;
  /** Why the user is here: signed out, or the session expired. */
  notice: MessageKey | null;
  onSignedIn: (token: string) => Promise<Me>;
}

export function SignInPage({ api, notice, onSignedIn }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(null);
    try {
      const issued = await api.request<{ accessToken: string }>('/v1/auth/login', {
        method: 'POST',
        anonymous: true,
        body: { email: String(form.get('email') ?? '').trim(), password: String(form.get('password') ?? '') },
      });
      const me = await onSignedIn(issued.accessToken);
      navigate(homeOf(me), { replace: true });
    } catch (failure) {
      if (failure instanceof ApiError && (failure.status === 401 || failure.status === 400)) setError(t('signIn.failed'));
      else if (failure instanceof ApiError && failure.status === 429) setError(t('signIn.throttled'));
      else setError(problemText(failure, i18n));
      setBusy(false);
    }
  }

  return (
    <main id="main" class="narrow">
      <div class="sign-in-top">
        <span class="brand">{t('app.name')}</span>
        <LanguageSwitch />
      </div>
      <h1>{t('signIn.title')}</h1>
      {notice && !error ? <Alert kind="info">{t(notice)}</Alert> : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      <form onSubmit={submit} noValidate={false}>
        <label for="email">{t('signIn.email')}</label>
        <input id="email" name="email" type="email" autoComplete="username" required inputMode="email" />
        <label for="password">{t('signIn.password')}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
        <button type="submit" disabled={busy}>
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
    </main>
  );
}
