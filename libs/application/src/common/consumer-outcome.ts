import { IllegalTransitionError } from '@kdmp/domain';
import type { InboxService } from '@kdmp/persistence';

export type ConsumerResult = { kind: 'processed' } | { kind: 'skipped'; reason: string };

/**
 * A worker reacting to a message never trusts queue order: when the transition table no longer
 * allows its command (the cooperative moved on), the message is consumed with no effect.
 */
export async function skipWhenMovedOn(
  inbox: InboxService,
  consumer: string,
  messageId: string,
  work: () => Promise<ConsumerResult>,
): Promise<ConsumerResult> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof IllegalTransitionError)) throw error;
    await inbox.acknowledge(consumer, messageId);
    return { kind: 'skipped', reason: `cooperative is ${error.currentState}` };
  }
}
