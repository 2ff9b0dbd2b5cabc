/**
 * Waits for a condition instead of sleeping a fixed time: calls `probe` until it returns a
 * value that `done` accepts, or fails after `timeoutMs` with the last value seen.
 */
export async function pollUntil<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 20_000, intervalMs = 50, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      if (done(last)) return last;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(
    `Timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(last)}${
      lastError ? `; last error: ${(lastError as Error).message}` : ''
    }`,
  );
}
