import type { RepaymentSchedule } from '@kdmp/domain';
import { useState } from 'preact/hooks';
import { rupiah } from '../format';
import { useI18n } from '../i18n/i18n';

const FIRST_ROWS = 12;

/** A repayment schedule: its totals and its months (the first year, all on request). */
export function ScheduleView({ schedule }: { schedule: Pick<RepaymentSchedule, 'instalments' | 'monthlyInstalment' | 'totalInterest' | 'totalRepayment'> }) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const rows = all ? schedule.instalments : schedule.instalments.slice(0, FIRST_ROWS);
  return (
    <>
      <ul class="totals" aria-live="polite">
        <li>{t('plan.schedule.monthly', { amount: rupiah(schedule.monthlyInstalment) })}</li>
        <li>{t('plan.schedule.totalInterest', { amount: rupiah(schedule.totalInterest) })}</li>
        <li>{t('plan.schedule.total', { amount: rupiah(schedule.totalRepayment) })}</li>
      </ul>
      <table class="schedule">
        <caption class="visually-hidden">{t('plan.schedule')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.schedule.month')}</th>
            <th scope="col">{t('plan.schedule.instalment')}</th>
            <th scope="col">{t('plan.schedule.remaining')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.number}>
              <td>{row.number}</td>
              <td>{rupiah(row.total)}</td>
              <td>{rupiah(row.remainingPrincipal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!all && schedule.instalments.length > FIRST_ROWS ? (
        <button type="button" class="secondary" onClick={() => setAll(true)}>
          {t('plan.schedule.showAll', { count: schedule.instalments.length })}
        </button>
      ) : null}
    </>
  );
}
