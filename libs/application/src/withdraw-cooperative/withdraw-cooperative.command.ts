import type { Actor } from '@kdmp/contracts';
import type { CooperativeViewer } from '@kdmp/persistence';

export interface WithdrawCooperativeCommand {
  cooperativeId: string;
  expectedVersion?: number;
  reason?: string;
  actor: Actor;
  viewer: CooperativeViewer;
  correlationId: string;
}
