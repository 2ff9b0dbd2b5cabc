import type { Principal } from '@kdmp/auth';

export interface AcceptMatchCommand {
  matchId: string;
  comment?: string;
  /** A user of the proposed partner. */
  partner: Principal;
  correlationId: string;
}
