import { useMemo, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { useResource } from '../api/use-resource';
import { LoadState } from '../components/load-state';
import { RelativeDeadline } from '../components/relative-deadline';
import { parseWholeNumber, rupiah } from '../format';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session-context';
import { isOverdue, loadQueue, sortRows, type QueueSort } from './review-queue';

export function ReviewQueuePage() {
  const { t, word } = useI18n();
  const { me, api } = useSession();
  const resource = useResource(() => loadQueue((path) => api.request(path)), 'queue');
  const [stage, setStage] = useState('');
  const [district, setDistrict] = useState('');
  const [minAmount, setMinAmount] = useState('');
  const [sort, setSort] = useState<QueueSort>('due');
  const [overdueOnly, setOverdueOnly] = useState(false);

  const rows = resource.data ?? [];
  const districts = useMemo(() => [...new Set(rows.map((row) => row.cooperative?.district).filter((d): d is string => !!d))].sort(), [rows]);
  const counts = useMemo(() => {
    const byStage = new Map<string, number>(me.stages.map((s) => [s, 0]));
    for (const row of rows) if (row.review.openStage) byStage.set(row.review.openStage, (byStage.get(row.review.openStage) ?? 0) + 1);
    return [...byStage];
  }, [rows]);

  const minimum = parseWholeNumber(minAmount) ?? 0;
  const shown = sortRows(
    rows.filter(
      (row) =>
        (!stage || row.review.openStage === stage) &&
        (!district || row.cooperative?.district === district) &&
        row.review.requestedAmount >= minimum &&
        (!overdueOnly || isOverdue(row.review)),
    ),
    sort,
  );

  return (
    <>
      <h1>{t('queue.title')}</h1>
      <section aria-labelledby="counts">
        <h2 id="counts">{t('queue.countPerStage')}</h2>
        <ul class="counts">
          {counts.map(([name, count]) => (
            <li key={name}>
              {word('stage', name)}: <strong>{count}</strong>
            </li>
          ))}
        </ul>
      </section>
      <form class="filters" aria-labelledby="filters" onSubmit={(e) => e.preventDefault()}>
        <h2 id="filters">{t('queue.filters')}</h2>
        <div>
          <label for="f-stage">{t('queue.stage')}</label>
          <select id="f-stage" value={stage} onChange={(e) => setStage(e.currentTarget.value)}>
            <option value="">{t('queue.allStages')}</option>
            {me.stages.map((s) => (
              <option key={s} value={s}>
                {word('stage', s)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="f-district">{t('queue.district')}</label>
          <select id="f-district" value={district} onChange={(e) => setDistrict(e.currentTarget.value)}>
            <option value="">—</option>
            {districts.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="f-amount">{t('queue.minAmount')}</label>
          <input id="f-amount" inputMode="numeric" value={minAmount} onInput={(e) => setMinAmount(e.currentTarget.value)} />
        </div>
        <div>
          <label for="f-sort">{t('queue.sort')}</label>
          <select id="f-sort" value={sort} onChange={(e) => setSort(e.currentTarget.value as QueueSort)}>
            <option value="due">{t('queue.sort.due')}</option>
            <option value="amount">{t('queue.sort.amount')}</option>
            <option value="opened">{t('queue.sort.opened')}</option>
          </select>
        </div>
        <label class="check">
          <input type="checkbox" checked={overdueOnly} onChange={(e) => setOverdueOnly(e.currentTarget.checked)} />
          {t('queue.overdueOnly')}
        </label>
      </form>
      <LoadState resource={resource}>
        {() =>
          shown.length === 0 ? (
            <p>{t('queue.empty')}</p>
          ) : (
            <table class="queue">
              <thead>
                <tr>
                  <th scope="col">{t('queue.case')}</th>
                  <th scope="col">{t('queue.stage')}</th>
                  <th scope="col">{t('queue.amount')}</th>
                  <th scope="col">{t('queue.due')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map(({ review, cooperative }) => {
                  const name = cooperative?.name ?? review.cooperativeId;
                  return (
                    <tr key={review.id}>
                      <td>
                        <Link href={`/reviews/${review.id}`} aria-label={t('queue.open', { name })}>
                          {name}
                        </Link>
                        {cooperative ? <div class="meta">{cooperative.village}, {cooperative.district}</div> : null}
                      </td>
                      <td>{review.openStage ? word('stage', review.openStage) : '—'}</td>
                      <td>{rupiah(review.requestedAmount)}</td>
                      <td>{review.stageDeadlineAt ? <RelativeDeadline at={review.stageDeadlineAt} /> : '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )
        }
      </LoadState>
    </>
  );
}
