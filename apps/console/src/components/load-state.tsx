import type { ComponentChildren } from 'preact';
import type { Resource } from '../api/use-resource';
import { useI18n } from '../i18n/i18n';
import { Alert } from './alert';
import { problemText } from './problem-text';

/** Shows the loading text or the failure (with a retry) of a resource, else its children. */
export function LoadState<T>({ resource, children }: { resource: Resource<T>; children: (data: T) => ComponentChildren }) {
  const i18n = useI18n();
  if (resource.data !== undefined) return <>{children(resource.data)}</>;
  if (resource.error) {
    return (
      <Alert kind="error">
        {problemText(resource.error, i18n)}{' '}
        <button type="button" class="link" onClick={resource.reload}>
          {i18n.t('app.retry')}
        </button>
      </Alert>
    );
  }
  return <p aria-busy="true">{i18n.t('app.loading')}</p>;
}
