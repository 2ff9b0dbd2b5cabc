import { Injectable } from '@nestjs/common';
import { PartnerRepository, UnitOfWork } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';
import { newWebhookSecret } from '../common/partner.view';
import { RotateWebhookSecretCommand } from './rotate-webhook-secret.command';

/** A new webhook signing secret, shown once; the old one stops working at once. */
@Injectable()
export class RotateWebhookSecretUseCase {
  constructor(
    private readonly partners: PartnerRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(command: RotateWebhookSecretCommand): Promise<{ webhookSecret: string }> {
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
