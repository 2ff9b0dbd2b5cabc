import type { Principal } from '@kdmp/auth';

export interface DeclineMatchCommand {
  matchId: string;
  reason: string;
  /** A user of the proposed partner. */
  partner: Principal;
  correlationId: string;
}
