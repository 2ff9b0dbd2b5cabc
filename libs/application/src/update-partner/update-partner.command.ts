import type { Actor } from '@kdmp/contracts';
import type { CooperativeViewer } from '@kdmp/persistence';
import type { PartnerProfileInput } from '../register-partner/register-partner.command';

export interface UpdatePartnerCommand {
  partnerId: string;
  changes: Partial<PartnerProfileInput>;
  expectedVersion?: number;
  actor: Actor;
  viewer: CooperativeViewer;
  correlationId: string;
}
