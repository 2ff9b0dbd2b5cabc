import { isLastStage, REVIEW_DECISIONS, type ReviewDecision } from '@kdmp/domain';
import { useEffect, useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import { ApiError } from '../api/problem';
import type { BusinessPlan, Cooperative, Review, TimelineEntry } from '../api/types';
import { useCommand } from '../api/use-command';
import { useResource } from '../api/use-resource';
import { Alert } from '../components/alert';
import { Field } from '../components/field';
import { LoadState } from '../components/load-state';
import { problemText } from '../components/problem-text';
import { RelativeDeadline } from '../components/relative-deadline';
import { ScheduleView } from '../components/schedule-view';
import { TimelineList } from '../components/timeline-list';
import { parseWholeNumber, rupiah, wibDateTime } from '../format';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session-context';
import { loadQueue, sortRows } from './review-queue';

interface CaseData {
  review: Review;
  cooperative: Cooperative;
  plan: BusinessPlan | null;
  timeline: TimelineEntry[];
}

/** Everything a reviewer needs to decide a case, and the decision form. */
export function ReviewCasePage({ reviewId }: { reviewId: string }) {
  const { api } = useSession();
  const resource = useResource<CaseData>(async () => {
    const review = await api.request<Review>(`/v1/reviews/${reviewId}`);
    const [cooperative, plans, timeline] = await Promise.all([
      api.request<Cooperative>(`/v1/cooperatives/${review.cooperativeId}`),
      api.request<BusinessPlan[]>(`/v1/cooperatives/${review.cooperativeId}/business-plans`),
      api.request<TimelineEntry[]>(`/v1/cooperatives/${review.cooperativeId}/timeline`),
    ]);
    return { review, cooperative, plan: plans.find((plan) => plan.id === review.businessPlanId) ?? null, timeline };
  }, reviewId);
  return <LoadState resource={resource}>{(data) => <CaseView data={data} reload={resource.reload} />}</LoadState>;
}

function CaseView({ data, reload }: { data: CaseData; reload: () => void }) {
  const i18n = useI18n();
  const { t, word, locale, catalog } = i18n;
  const { me } = useSession();
  const { review, cooperative, plan, timeline } = data;
  const reviewerName = (id: string | null) => (id === me.id ? t('timeline.you') : t('timeline.user', { id: (id ?? '').slice(0, 8) }));
  return (
    <>
      <h1>{t('case.title', { name: cooperative.name })}</h1>
      <div class="case-grid">
        <div>
          <section aria-labelledby="profile" class="card">
            <h2 id="profile">{t('case.profile')}</h2>
            <dl>
              <dt>{t('case.region')}</dt>
              <dd>
                {cooperative.village}, {cooperative.district}, {cooperative.regency}
              </dd>
              <dt>{t('case.members')}</dt>
              <dd>{cooperative.memberCount}</dd>
              <dt>{t('case.sectors')}</dt>
              <dd>{cooperative.sectors.map((sector) => word('sector', sector)).join(', ')}</dd>
            </dl>
          </section>
          {plan ? (
            <section aria-labelledby="plan" class="card">
              <h2 id="plan">{t('case.plan')}</h2>
              <p>
                <strong>{plan.title}</strong> · {word('sector', plan.sector)}
              </p>
              <p>{plan.summary}</p>
              <p>
                {t('case.requested')}: <strong>{rupiah(plan.requestedAmount)}</strong>
              </p>
              <ScheduleView schedule={plan.repaymentSchedule} />
              <h3>{t('case.screening')}</h3>
              {plan.screeningFailures && plan.screeningFailures.length > 0 ? (
                <ul>
                  {plan.screeningFailures.map((failure) => (
                    <li key={failure.code}>{failure.message[locale]}</li>
                  ))}
                </ul>
              ) : (
                <p>{t('case.screeningPassed')}</p>
              )}
            </section>
          ) : null}
        </div>
        <div>
          <section aria-labelledby="stages" class="card">
            <h2 id="stages">{t('case.stages')}</h2>
            <ol>
              {review.stages.map((stage) => (
                <li key={stage.stage}>
                  <strong>{word('stage', stage.stage)}</strong>
                  {stage.decision && stage.decidedAt ? (
                    <>
                      {' '}
                      —{' '}
                      {t('case.decidedBy', {
                        decision: word('decision', stage.decision),
                        reviewer: reviewerName(stage.reviewerId),
                        at: wibDateTime(stage.decidedAt, catalog),
                      })}
                      {stage.comment ? <p>{t('timeline.comment', { comment: stage.comment })}</p> : null}
                    </>
                  ) : stage.status === 'OPEN' && review.stageDeadlineAt ? (
                    <p>
                      {t('case.deadline')}{' '}
                      <RelativeDeadline at={review.stageDeadlineAt} />
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
          <DecisionForm review={review} cooperative={cooperative} reload={reload} />
        </div>
      </div>
      <section aria-labelledby="timeline">
        <h2 id="timeline">{t('timeline.title')}</h2>
        <TimelineList entries={timeline} />
      </section>
    </>
  );
}

interface DecisionBody {
  stage: string;
  decision: ReviewDecision;
  comment?: string;
  approvedAmount?: number;
  expectedVersion: number;
}

function DecisionForm({ review, cooperative, reload }: { review: Review; cooperative: Cooperative; reload: () => void }) {
  const i18n = useI18n();
  const { t, word } = i18n;
  const { me, api } = useSession();
  const [, navigate] = useLocation();
  const [decision, setDecision] = useState<ReviewDecision>('APPROVE');
  const [comment, setComment] = useState('');
  const [amount, setAmount] = useState(String(review.requestedAmount));
  const [missingComment, setMissingComment] = useState(false);
  const [nextError, setNextError] = useState<unknown>(null);
  const command = useCommand((body: DecisionBody, key: string) =>
    api.request<Review>(`/v1/reviews/${review.id}/decisions`, { method: 'POST', body, idempotencyKey: key }),
  );
  useEffect(() => {
    if (command.result) reload();
  }, [command.result]);

  async function nextCase() {
    try {
      const rows = sortRows(await loadQueue((path) => api.request(path)), 'due').filter((row) => row.review.id !== review.id);
      navigate(rows.length ? `/reviews/${rows[0].review.id}` : '/reviews');
    } catch (failure) {
      setNextError(failure);
    }
  }
  const next = (
    <p class="actions">
      <button type="button" onClick={() => void nextCase()}>
        {t('case.nextCase')}
      </button>{' '}
      <Link href="/reviews">{t('case.backToQueue')}</Link>
      {nextError ? <Alert kind="error">{problemText(nextError, i18n)}</Alert> : null}
    </p>
  );

  if (command.result) {
    return (
      <section aria-labelledby="decide" class="card">
        <h2 id="decide">{t('case.decision')}</h2>
        <Alert kind="success">{t('case.decided')}</Alert>
        {next}
      </section>
    );
  }
  if (review.status !== 'OPEN' || !review.openStage) {
    return (
      <>
        <Alert kind="info">{t('case.closed', { status: word('reviewStatus', review.status) })}</Alert>
        {next}
      </>
    );
  }
  const stage = review.openStage;
  if (!me.stages.includes(stage)) {
    return (
      <>
        <Alert kind="info">{t('case.notYourStage', { stage: word('stage', stage) })}</Alert>
        {next}
      </>
    );
  }
  const last = isLastStage(review.stages.map((s) => s.stage), stage);
  const needsComment = decision !== 'APPROVE';
  const conflict = command.error instanceof ApiError && (command.error.status === 409 || command.error.kind === 'four-eyes');

  function submit(event: Event) {
    event.preventDefault();
    if (needsComment && comment.trim() === '') {
      setMissingComment(true);
      return;
    }
    setMissingComment(false);
    const approvedAmount = last && decision === 'APPROVE' ? parseWholeNumber(amount) ?? undefined : undefined;
    void command.run({
      stage,
      decision,
      ...(comment.trim() ? { comment: comment.trim() } : {}),
      ...(approvedAmount !== undefined ? { approvedAmount } : {}),
      expectedVersion: cooperative.version,
    });
  }

  const apiFieldErrors = (field: string) =>
    command.error instanceof ApiError ? (command.error.problem.errors ?? []).filter((e) => e.field === field).map((e) => e.message) : [];

  return (
    <section aria-labelledby="decide" class="card">
      <h2 id="decide">{t('case.decide', { stage: word('stage', stage) })}</h2>
      <form onSubmit={submit}>
        <fieldset>
          <legend>{t('case.decision')}</legend>
          {REVIEW_DECISIONS.map((value) => (
            <label key={value} class="check">
              <input type="radio" name="decision" value={value} checked={decision === value} onChange={() => setDecision(value)} />
              {word('decision', value)}
            </label>
          ))}
        </fieldset>
        <Field
          name="comment"
          label={t('case.comment')}
          messages={[...(missingComment ? [t('case.commentRequired')] : []), ...apiFieldErrors('comment')]}
        >
          {(props) => <textarea {...props} rows={3} value={comment} onInput={(e) => setComment(e.currentTarget.value)} required={needsComment} />}
        </Field>
        {last && decision === 'APPROVE' ? (
          <Field
            name="approvedAmount"
            label={t('case.approvedAmount')}
            hint={t('case.approvedAmountHint', { amount: rupiah(review.requestedAmount) })}
            messages={apiFieldErrors('approvedAmount')}
          >
            {(props) => <input {...props} inputMode="numeric" value={amount} onInput={(e) => setAmount(e.currentTarget.value)} />}
          </Field>
        ) : null}
        {command.error ? <Alert kind="error">{problemText(command.error, i18n)}</Alert> : null}
        <button type="submit" disabled={command.busy} aria-busy={command.busy}>
          {t('case.submitDecision')}
        </button>
        {conflict ? (
          <p class="actions">
            <button type="button" class="secondary" onClick={reload}>
              {t('error.reload')}
            </button>
          </p>
        ) : null}
      </form>
      {conflict ? next : null}
    </section>
  );
}
