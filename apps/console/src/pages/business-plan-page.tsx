import { commandsAllowedFor, PARTNER_ROLES, SECTORS, type CooperativeState } from '@kdmp/domain';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ApiError } from '../api/problem';
import type { BusinessPlan, Cooperative, SubmittedBusinessPlan } from '../api/types';
import { useCommand } from '../api/use-command';
import { useResource } from '../api/use-resource';
import { Alert } from '../components/alert';
import { Field } from '../components/field';
import { LoadState } from '../components/load-state';
import { problemText } from '../components/problem-text';
import { ScheduleView } from '../components/schedule-view';
import { rupiah } from '../format';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session-context';
import {
  currentPolicy,
  emptyPlanFields,
  fieldOfApiError,
  fieldOfFailure,
  fieldsOfPlan,
  liveSchedule,
  planBody,
  planNumbers,
  screeningPreview,
  type PlanFieldName,
  type PlanFields,
} from './plan-form';

interface PlanData {
  cooperative: Cooperative;
  plans: BusinessPlan[];
}

const POLL_MS = 1500;

/** The business plan: the form with the schedule and the policy live, screening beside the fields. */
export function BusinessPlanPage() {
  const { me, api } = useSession();
  const id = me.cooperativeId!;
  const resource = useResource<PlanData>(async () => {
    const [cooperative, plans] = await Promise.all([
      api.request<Cooperative>(`/v1/cooperatives/${id}`),
      api.request<BusinessPlan[]>(`/v1/cooperatives/${id}/business-plans`),
    ]);
    return { cooperative, plans };
  }, id);
  const latest = resource.data?.plans[0];
  // While screening runs, ask again until it has answered.
  useEffect(() => {
    if (latest?.status !== 'SUBMITTED') return;
    const timer = setTimeout(resource.reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [latest?.id, latest?.status, resource.data]);
  return (
    <LoadState resource={resource}>
      {(data) => <PlanForm key={`${data.cooperative.version}`} data={data} onSubmitted={resource.reload} />}
    </LoadState>
  );
}

function PlanForm({ data, onSubmitted }: { data: PlanData; onSubmitted: () => void }) {
  const i18n = useI18n();
  const { t, word, locale } = i18n;
  const { api } = useSession();
  const { cooperative, plans } = data;
  const latest = plans[0] ?? null;
  const [fields, setFields] = useState<PlanFields>(() => (latest ? fieldsOfPlan(latest) : emptyPlanFields(cooperative)));
  const [touched, setTouched] = useState(false);
  const policy = useMemo(() => currentPolicy(), []);
  const schedule = useMemo(() => liveSchedule(fields, policy), [fields, policy]);
  const preview = useMemo(() => screeningPreview(fields, cooperative, policy), [fields, cooperative, policy]);
  const numbers = planNumbers(fields);
  const requested = (numbers.capexAmount ?? 0) + (numbers.opexAmount ?? 0);

  const command = useCommand((body: ReturnType<typeof planBody>, key: string) =>
    api.request<SubmittedBusinessPlan>(`/v1/cooperatives/${cooperative.id}/business-plans`, { method: 'POST', body, idempotencyKey: key }),
  );
  useEffect(() => {
    if (command.result) onSubmitted();
  }, [command.result]);

  const set = <K extends PlanFieldName>(name: K, value: PlanFields[K]) => {
    setTouched(true);
    setFields((previous) => ({ ...previous, [name]: value }));
  };

  // What to show beside each field: the server's last screening (until the officer edits), the
  // server's 400, and the live preview of the same rules.
  const messages: Partial<Record<PlanFieldName, string[]>> = {};
  const add = (name: PlanFieldName | null, text: string) => {
    if (name) (messages[name] ??= []).includes(text) || messages[name]!.push(text);
  };
  const cooperativeProblems: string[] = [];
  const serverFailures = latest?.status === 'SCREENING_FAILED' && !touched ? latest.screeningFailures ?? [] : [];
  for (const failure of serverFailures) {
    const field = fieldOfFailure(failure.code);
    if (field) add(field, failure.message[locale]);
    else cooperativeProblems.push(failure.message[locale]);
  }
  for (const failure of preview.failures) {
    const field = fieldOfFailure(failure.code);
    const sentence = i18n.screening(failure);
    if (field) add(field, sentence);
    else if (!cooperativeProblems.includes(sentence)) cooperativeProblems.push(sentence);
  }
  if (command.error instanceof ApiError && command.error.problem.errors) {
    for (const problem of command.error.problem.errors) add(fieldOfApiError(problem.field), problem.message);
  }
  for (const name of ['capexAmount', 'opexAmount', 'tenorMonths', 'gracePeriodMonths', 'projectedAnnualRevenue'] as const) {
    if (fields[name] !== '' && numbers[name] === null) add(name, t('plan.wholeNumber'));
  }

  const canSubmit = commandsAllowedFor(cooperative.state as CooperativeState, 'COOPERATIVE').includes('submit-business-plan');
  const screening = latest?.status === 'SUBMITTED';

  function submit(event: Event) {
    event.preventDefault();
    void command.run(planBody(fields, cooperative.version));
  }

  const numberField = (name: 'capexAmount' | 'opexAmount' | 'projectedAnnualRevenue', label: string) => (
    <Field name={name} label={label} messages={messages[name]} hint={numbers[name] ? rupiah(numbers[name]!) : undefined}>
      {(props) => <input {...props} inputMode="numeric" autoComplete="off" value={fields[name]} onInput={(e) => set(name, e.currentTarget.value)} />}
    </Field>
  );

  return (
    <>
      <h1>{t('plan.title')}</h1>
      <p>{t('plan.intro')}</p>
      {latest ? <p>{t('plan.current', { revision: latest.revision, status: word('planStatus', latest.status) })}</p> : null}
      {screening ? <Alert kind="info">{t('plan.screeningPending')}</Alert> : null}
      {latest?.status === 'SCREENING_FAILED' && !touched ? <Alert kind="error">{t('plan.screeningFailed')}</Alert> : null}
      {command.result ? <Alert kind="success">{t('plan.sent', { revision: command.result.revision })}</Alert> : null}
      {!canSubmit && !screening ? <Alert kind="info">{t('plan.cannotSubmit', { state: word('state', cooperative.state) })}</Alert> : null}

      <section aria-labelledby="limits" class="card">
        <h2 id="limits">{t('plan.limits', { version: policy.version })}</h2>
        <ul>
          <li>{t('plan.limit.ceiling', { amount: rupiah(policy.ceilingAmount) })}</li>
          <li>{t('plan.limit.opex', { amount: rupiah(policy.operatingCostCeiling) })}</li>
          <li>{t('plan.limit.tenor', { ...policy.tenorMonths })}</li>
          <li>{t('plan.limit.grace', { ...policy.gracePeriodMonths })}</li>
          <li>{t('plan.limit.rate', { rate: (policy.annualInterestRate * 100).toLocaleString(locale) })}</li>
        </ul>
      </section>

      {cooperativeProblems.length > 0 ? (
        <section aria-labelledby="coop-problems" class="card problems">
          <h2 id="coop-problems">{t('plan.cooperativeProblems')}</h2>
          <ul>
            {cooperativeProblems.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <form onSubmit={submit} aria-describedby={command.error ? 'submit-error' : undefined}>
        <Field name="title" label={t('plan.field.title')} messages={messages.title}>
          {(props) => <input {...props} value={fields.title} onInput={(e) => set('title', e.currentTarget.value)} required />}
        </Field>
        <Field name="summary" label={t('plan.field.summary')} messages={messages.summary}>
          {(props) => <textarea {...props} rows={3} value={fields.summary} onInput={(e) => set('summary', e.currentTarget.value)} required />}
        </Field>
        <Field name="sector" label={t('plan.field.sector')} messages={messages.sector}>
          {(props) => (
            <select {...props} value={fields.sector} onChange={(e) => set('sector', e.currentTarget.value)}>
              {SECTORS.map((sector) => (
                <option key={sector} value={sector}>
                  {word('sector', sector)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="commodities" label={t('plan.field.commodities')} messages={messages.commodities}>
          {(props) => <input {...props} value={fields.commodities} onInput={(e) => set('commodities', e.currentTarget.value)} required />}
        </Field>
        {numberField('capexAmount', t('plan.field.capex'))}
        {numberField('opexAmount', t('plan.field.opex'))}
        <p class="requested" aria-live="polite">
          {t('plan.requested', { amount: rupiah(requested) })}
        </p>
        <div class="pair">
          <Field name="tenorMonths" label={t('plan.field.tenor')} messages={messages.tenorMonths}>
            {(props) => <input {...props} inputMode="numeric" value={fields.tenorMonths} onInput={(e) => set('tenorMonths', e.currentTarget.value)} />}
          </Field>
          <Field name="gracePeriodMonths" label={t('plan.field.grace')} messages={messages.gracePeriodMonths}>
            {(props) => (
              <input {...props} inputMode="numeric" value={fields.gracePeriodMonths} onInput={(e) => set('gracePeriodMonths', e.currentTarget.value)} />
            )}
          </Field>
        </div>
        {numberField('projectedAnnualRevenue', t('plan.field.revenue'))}
        <fieldset>
          <legend>{t('plan.field.seeking')}</legend>
          {PARTNER_ROLES.map((role) => (
            <label key={role} class="check">
              <input
                type="checkbox"
                checked={fields.seekingRoles.includes(role)}
                onChange={(e) =>
                  set('seekingRoles', e.currentTarget.checked ? [...fields.seekingRoles, role] : fields.seekingRoles.filter((r) => r !== role))
                }
              />
              {word('partnerRole', role)}
            </label>
          ))}
          {messages.seekingRoles?.map((text) => <p class="field-error">{text}</p>)}
        </fieldset>
        <div class="pair">
          <Field name="capacityQuantity" label={t('plan.field.capacityQuantity')} messages={messages.capacityQuantity}>
            {(props) => <input {...props} inputMode="decimal" value={fields.capacityQuantity} onInput={(e) => set('capacityQuantity', e.currentTarget.value)} />}
          </Field>
          <Field name="capacityUnit" label={t('plan.field.capacityUnit')} messages={messages.capacityUnit}>
            {(props) => <input {...props} value={fields.capacityUnit} onInput={(e) => set('capacityUnit', e.currentTarget.value)} />}
          </Field>
        </div>
        <label class="check">
          <input type="checkbox" checked={fields.exportReady} onChange={(e) => set('exportReady', e.currentTarget.checked)} />
          {t('plan.field.exportReady')}
        </label>

        <section aria-labelledby="schedule" class="card">
          <h2 id="schedule">{t('plan.schedule')}</h2>
          {schedule ? <ScheduleView schedule={schedule} /> : <p>{t('plan.schedule.none')}</p>}
        </section>

        {preview.passed ? <Alert kind="success">{t('plan.previewOk')}</Alert> : null}
        {command.error ? (
          <div id="submit-error">
            <Alert kind="error">
              {problemText(command.error, i18n)} {command.pendingRetry ? t('plan.retryNote') : null}
            </Alert>
          </div>
        ) : null}
        <button type="submit" disabled={!canSubmit || command.busy} aria-busy={command.busy}>
          {command.busy ? t('plan.sending') : latest ? t('plan.resubmit') : t('plan.submit')}
        </button>
      </form>
    </>
  );
}
