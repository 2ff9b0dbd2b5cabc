import type { Actor } from '@kdmp/contracts';

/** How workers and timers appear in a cooperative's timeline. */
export const systemActor = (name: string): Actor => ({ type: 'SYSTEM', name });

/** Until accounts exist for every caller, an unauthenticated self-registration is recorded as this. */
export const SELF_REGISTRATION: Actor = { type: 'SYSTEM', name: 'self-registration' };
