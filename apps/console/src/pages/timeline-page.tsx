import type { TimelineEntry } from '../api/types';
import { useResource } from '../api/use-resource';
import { LoadState } from '../components/load-state';
import { TimelineList } from '../components/timeline-list';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session-context';

export function TimelinePage() {
  const { t } = useI18n();
  const { me, api } = useSession();
  const resource = useResource(() => api.request<TimelineEntry[]>(`/v1/cooperatives/${me.cooperativeId}/timeline`), me.cooperativeId ?? '');
  return (
    <>
      <h1>{t('timeline.title')}</h1>
      <LoadState resource={resource}>{(entries) => <TimelineList entries={entries} />}</LoadState>
    </>
  );
}
