import type { Actor } from '@kdmp/contracts';
import type { CooperativeViewer } from '@kdmp/persistence';

export interface RotateWebhookSecretCommand {
  partnerId: string;
  actor: Actor;
  /** Who asks: an admin, or a user of the partner itself. */
  viewer: CooperativeViewer;
  correlationId: string;
}
