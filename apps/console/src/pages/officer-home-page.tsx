import { Link } from 'wouter-preact';
import type { Cooperative, Review, TimelineEntry } from '../api/types';
import { useResource } from '../api/use-resource';
import { LoadState } from '../components/load-state';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/id';
import { useSession } from '../session/session-context';
import { commandsAllowedFor } from '@kdmp/domain/decide-transition';
import type { CooperativeState } from '@kdmp/domain/cooperative-state';
import { WithdrawSection } from '../components/withdraw-section';
import { journeySteps, latestReviewId, type JourneyStep } from './journey';

interface HomeData {
  cooperative: Cooperative;
  review: Review | null;
}

/** The officer's first page: where the cooperative stands and the one thing to do next. */
export function OfficerHomePage() {
  const { t, word } = useI18n();
  const { me, api } = useSession();
  const resource = useResource<HomeData>(async () => {
    const id = me.cooperativeId!;
    const [cooperative, timeline] = await Promise.all([
      api.request<Cooperative>(`/v1/cooperatives/${id}`),
      api.request<TimelineEntry[]>(`/v1/cooperatives/${id}/timeline`),
    ]);
    const reviewId = latestReviewId(timeline);
    const review = reviewId ? await api.request<Review>(`/v1/reviews/${reviewId}`).catch(() => null) : null;
    return { cooperative, review };
  }, me.cooperativeId ?? '');

  const stepName = (step: JourneyStep) => (typeof step.key === 'string' ? t(`step.${step.key}` as MessageKey) : word('stage', step.key.stage));
  const statusName = (step: JourneyStep) =>
    step.status === 'done' ? t('home.stepDone') : step.status === 'now' || step.status === 'failed' ? t('home.stepNow') : t('home.stepLater');

  return (
    <>
      <h1>{t('home.title')}</h1>
      <LoadState resource={resource}>
        {({ cooperative, review }) => {
          // What an officer may do now, from the domain's transition table.
          const allowed = commandsAllowedFor(cooperative.state as CooperativeState, 'COOPERATIVE');
          const canSubmit = allowed.includes('submit-business-plan');
          return (
            <>
              <p class="lead">{cooperative.name}</p>
              <p>
                {cooperative.village}, {cooperative.district} · {t('home.members', { count: cooperative.memberCount })}
              </p>
              <section aria-labelledby="next" class="card next">
                <h2 id="next">{t('home.next')}</h2>
                <p>{t(`home.next.${cooperative.state}` as MessageKey)}</p>
                {canSubmit ? (
                  <Link class="button" href="/officer/plan">
                    {t('home.openPlan')}
                  </Link>
                ) : null}
              </section>
              <section aria-labelledby="journey">
                <h2 id="journey">{t('home.journey')}</h2>
                <p>{t('home.state', { state: word('state', cooperative.state) })}</p>
                <ol class="journey">
                  {journeySteps(cooperative.state, review).map((step, index) => (
                    <li key={index} class={`step step-${step.status}`} aria-current={step.status === 'now' ? 'step' : undefined}>
                      <span class="step-name">{stepName(step)}</span> <span class="step-status">({statusName(step)})</span>
                    </li>
                  ))}
                </ol>
              </section>
              {allowed.includes('withdraw') ? <WithdrawSection cooperative={cooperative} onWithdrawn={resource.reload} /> : null}
            </>
          );
        }}
      </LoadState>
    </>
  );
}
