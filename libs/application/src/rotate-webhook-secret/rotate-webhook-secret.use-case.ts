import { Injectable } from '@nestjs/common';
import type { Actor } from '@kdmp/contracts';
import { CooperativeViewer, PartnerRepository, UnitOfWork } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';
import { newWebhookSecret } from '../common/partner.view';

/** A new webhook signing secret, shown once; the old one stops working at once. */
@Injectable()
export class RotateWebhookSecretUseCase {
  constructor(
    private readonly partners: PartnerRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(command: { partnerId: string; actor: Actor; viewer: CooperativeViewer; correlationId: string }): Promise<{ webhookSecret: string }> {
    const partner = await this.partners.findVisible(command.partnerId, command.viewer);
    if (!partner) throw ApplicationError.notFound('The partner');
    const webhookSecret = newWebhookSecret();
    await this.unitOfWork.commitPartnerChange(
      {
        aggregateId: partner.id,
        fromState: null,
        toState: null,
        actor: command.actor,
        correlationId: command.correlationId,
        events: [{ type: 'partner.updated', payload: { changes: ['webhookSecret'], capacityFreed: false } }],
      },
      (tx) => this.partners.setWebhookSecret(tx, partner.id, webhookSecret),
    );
    return { webhookSecret };
  }
}
