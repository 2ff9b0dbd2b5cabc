import { currentCorrelationId, newCorrelationId } from '@kdmp/config';

/** The correlation id of the request being served (set by the correlation middleware). */
export function requestCorrelationId(): string {
  return currentCorrelationId() ?? newCorrelationId();
}
