import { daysUntil, wibDateTime } from '../format';
import { useI18n } from '../i18n/i18n';

/** A deadline in WIB with "3 hari lagi" / "terlambat 2 hari", and an overdue badge when past. */
export function RelativeDeadline({ at }: { at: string }) {
  const { t, catalog } = useI18n();
  const days = daysUntil(at);
  const overdue = Date.parse(at) < Date.now();
  const relative = overdue
    ? t('relative.overdueDays', { count: Math.max(1, -days) })
    : days === 0
      ? t('relative.today')
      : t('relative.inDays', { count: days });
  return (
    <span>
      {overdue ? <span class="badge badge-overdue">{t('queue.overdue')}</span> : null}{' '}
      <time dateTime={at}>{wibDateTime(at, catalog)}</time> <span class="meta">({relative})</span>
    </span>
  );
}
