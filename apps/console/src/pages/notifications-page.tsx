import { useState } from 'preact/hooks';
import type { InAppNotification, Page } from '../api/types';
import { useResource } from '../api/use-resource';
import { Alert } from '../components/alert';
import { LoadState } from '../components/load-state';
import { problemText } from '../components/problem-text';
import { wibDateTime } from '../format';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session-context';

/** The in-app inbox, newest first; reading one lowers the count in the header. */
export function NotificationsPage() {
  const i18n = useI18n();
  const { t, catalog } = i18n;
  const { api } = useSession();
  const resource = useResource(() => api.request<Page<InAppNotification>>('/v1/notifications?limit=50'), 'inbox');
  const [error, setError] = useState<unknown>(null);

  async function markRead(id: string) {
    try {
      await api.request(`/v1/notifications/${id}/read`, { method: 'POST' });
      setError(null);
      resource.reload();
      window.dispatchEvent(new Event('kdmp:notifications-changed'));
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <>
      <h1>{t('notifications.title')}</h1>
      {error ? <Alert kind="error">{problemText(error, i18n)}</Alert> : null}
      <LoadState resource={resource}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('notifications.empty')}</p>
          ) : (
            <ul class="notifications">
              {page.items.map((item) => (
                <li key={item.id} class={item.read ? 'read' : 'unread'}>
                  <h2>
                    {item.read ? null : <span class="badge">{t('notifications.unread')}</span>} {item.title}
                  </h2>
                  <p>{item.body}</p>
                  <p class="meta">
                    <time dateTime={item.createdAt}>{wibDateTime(item.createdAt, catalog)}</time>
                  </p>
                  {item.read ? null : (
                    <button type="button" class="secondary" onClick={() => void markRead(item.id)}>
                      {t('notifications.markRead')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
    </>
  );
}
