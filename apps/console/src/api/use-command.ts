import { useCallback, useRef, useState } from 'preact/hooks';
import { newIdempotencyKey } from './idempotency-key';
import { NetworkError } from './problem';

export interface CommandState<T> {
  busy: boolean;
  error: unknown;
  result: T | null;
  /** True after a network failure: the next run reuses the same key. */
  pendingRetry: boolean;
}

/**
 * A state-changing form's submission: one Idempotency-Key per submission, reused when the
 * network failed and the user presses the button again (the server then runs the command at
 * most once); a second press while the first is in flight does nothing (a double click sends
 * one command). A changed body is a new submission with a new key.
 */
export function useCommand<B, T>(send: (body: B, idempotencyKey: string) => Promise<T>) {
  const inFlight = useRef(false);
  const pending = useRef<{ key: string; body: string } | null>(null);
  const [state, setState] = useState<CommandState<T>>({ busy: false, error: null, result: null, pendingRetry: false });

  const run = useCallback(
    async (body: B): Promise<T | null> => {
      if (inFlight.current) return null;
      inFlight.current = true;
      const serialized = JSON.stringify(body);
      if (pending.current === null || pending.current.body !== serialized) {
        pending.current = { key: newIdempotencyKey(), body: serialized };
      }
      setState((previous) => ({ ...previous, busy: true, error: null }));
      try {
        const result = await send(body, pending.current.key);
        pending.current = null;
        setState({ busy: false, error: null, result, pendingRetry: false });
        return result;
      } catch (error) {
        const retryable = error instanceof NetworkError;
        if (!retryable) pending.current = null; // the server answered: its key is spent or released
        setState({ busy: false, error, result: null, pendingRetry: retryable });
        return null;
      } finally {
        inFlight.current = false;
      }
    },
    [send],
  );

  return { ...state, run };
}
