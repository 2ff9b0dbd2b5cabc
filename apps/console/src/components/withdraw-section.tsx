import { useEffect, useState } from 'preact/hooks';
import type { Cooperative } from '../api/types';
import { useCommand } from '../api/use-command';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session-context';
import { Alert } from './alert';
import { Field } from './field';
import { problemText } from './problem-text';

/**
 * Withdrawal from the programme: final, so it takes two steps (the button, then a
 * confirmation that says what it means); one Idempotency-Key per confirmation.
 */
export function WithdrawSection({ cooperative, onWithdrawn }: { cooperative: Cooperative; onWithdrawn: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { api } = useSession();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const command = useCommand((body: { reason?: string; expectedVersion: number }, key: string) =>
    api.request<Cooperative>(`/v1/cooperatives/${cooperative.id}/withdraw`, { method: 'POST', body, idempotencyKey: key }),
  );
  useEffect(() => {
    if (command.result) onWithdrawn();
  }, [command.result]);

  return (
    <section aria-labelledby="withdraw" class="card">
      <h2 id="withdraw">{t('withdraw.title')}</h2>
      {!confirming ? (
        <button type="button" class="secondary" onClick={() => setConfirming(true)}>
          {t('withdraw.start')}
        </button>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void command.run({ ...(reason.trim() ? { reason: reason.trim() } : {}), expectedVersion: cooperative.version });
          }}
        >
          <Alert kind="error">{t('withdraw.warning')}</Alert>
          <Field name="withdraw-reason" label={t('withdraw.reason')}>
            {(props) => <textarea {...props} rows={2} maxLength={1000} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />}
          </Field>
          {command.error ? <Alert kind="error">{problemText(command.error, i18n)}</Alert> : null}
          <p class="actions">
            <button type="submit" disabled={command.busy}>
              {t('withdraw.confirm')}
            </button>
            <button type="button" class="secondary" onClick={() => setConfirming(false)}>
              {t('withdraw.cancel')}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
