import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * The correlation id that follows one piece of work from the HTTP request through the outbox
 * row, the job and the notification. Held in async-local storage so every log line of that
 * work carries it without passing it by hand.
 */
const correlationStorage = new AsyncLocalStorage<{ correlationId: string }>();

export function currentCorrelationId(): string | undefined {
  return correlationStorage.getStore()?.correlationId;
}

export function runWithCorrelationId<T>(correlationId: string, work: () => T): T {
  return correlationStorage.run({ correlationId }, work);
}

export function newCorrelationId(): string {
  return randomUUID();
}

/** Accepts a caller's id only when it is short and plain, so it is safe to log and store. */
export function sanitizeCorrelationId(candidate: unknown): string | undefined {
  return typeof candidate === 'string' && /^[A-Za-z0-9._:-]{1,100}$/.test(candidate) ? candidate : undefined;
}
