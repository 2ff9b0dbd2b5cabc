import type { Actor } from '@kdmp/contracts';

export interface WithdrawCooperativeCommand {
  cooperativeId: string;
  expectedVersion?: number;
  reason?: string;
  actor: Actor;
  correlationId: string;
}
