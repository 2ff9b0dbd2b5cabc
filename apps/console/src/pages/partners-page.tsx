import type { Match, Page } from '../api/types';
import { useResource } from '../api/use-resource';
import { LoadState } from '../components/load-state';
import { RelativeDeadline } from '../components/relative-deadline';
import { wibDateTime } from '../format';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session-context';

/**
 * The partners proposed to the cooperative and their answers, with the reasons each was chosen.
 * The API shows an officer the proposal, not yet the partner's name or contacts.
 */
export function PartnersPage() {
  const { t, word, locale, catalog } = useI18n();
  const { api } = useSession();
  const resource = useResource(() => api.request<Page<Match>>('/v1/matches?limit=100'), 'matches');
  return (
    <>
      <h1>{t('partners.title')}</h1>
      <LoadState resource={resource}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('partners.empty')}</p>
          ) : (
            <ul class="notifications">
              {page.items.map((match) => (
                <li key={match.id}>
                  <h2>
                    {word('partnerRole', match.role)} · {word('matchStatus', match.status)}
                  </h2>
                  <p>{t('partners.score', { score: Math.round(match.score * 100) })}</p>
                  <p>{t('partners.reasons')}</p>
                  <ul>
                    {match.reasons.map((reason) => (
                      <li key={reason.code}>{reason[locale]}</li>
                    ))}
                  </ul>
                  {match.status === 'PROPOSED' ? (
                    <p class="meta">
                      {t('partners.answerBy')} <RelativeDeadline at={match.expiresAt} />
                    </p>
                  ) : match.decidedAt ? (
                    <p class="meta">{t('partners.decidedAt', { at: wibDateTime(match.decidedAt, catalog) })}</p>
                  ) : null}
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
    </>
  );
}
