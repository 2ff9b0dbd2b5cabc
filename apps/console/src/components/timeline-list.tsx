import type { TimelineEntry } from '../api/types';
import { wibDateTime } from '../format';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session-context';

/**
 * Every step of a cooperative with who did it and when, newest first. Reviewers are named by
 * their user id: the API does not yet give other users' names to a viewer.
 */
export function TimelineList({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t, word, catalog } = useI18n();
  const { me } = useSession();
  if (entries.length === 0) return <p>{t('timeline.empty')}</p>;
  const actorName = (entry: TimelineEntry) =>
    entry.actor.type === 'SYSTEM' ? t('timeline.system') : entry.actor.userId === me.id ? t('timeline.you') : t('timeline.user', { id: entry.actor.userId.slice(0, 8) });
  return (
    <ol class="timeline" reversed>
      {[...entries].reverse().map((entry) => {
        const comment = typeof entry.payload.comment === 'string' ? entry.payload.comment : typeof entry.payload.reason === 'string' ? entry.payload.reason : null;
        const stage = typeof entry.payload.stage === 'string' ? entry.payload.stage : null;
        return (
          <li key={entry.sequence}>
            <p class="event">
              <strong>{word('event', entry.type)}</strong>
              {stage ? ` · ${word('stage', stage)}` : ''}
              {entry.toState && entry.toState !== entry.fromState ? ` → ${word('state', entry.toState)}` : ''}
            </p>
            <p class="meta">
              <time dateTime={entry.occurredAt}>{wibDateTime(entry.occurredAt, catalog)}</time> · {t('timeline.by', { actor: actorName(entry) })}
            </p>
            {comment ? <p>{t('timeline.comment', { comment })}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
