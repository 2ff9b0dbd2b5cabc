import { Injectable } from '@nestjs/common';
import type { PartnerProfileField } from '@kdmp/i18n';
import { PartnerEntity, PartnerRepository, UnitOfWork } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';
import { PartnerView, toPartnerView } from '../common/partner.view';
import { partnerRegionProblems } from '../common/region-codes';
import { UpdatePartnerCommand } from './update-partner.command';
import { WebhookUrlPolicy } from '../common/webhook-url';

// Each is named in partner.updated's `changes`; the catalogs have a word for each (PartnerProfileField).
const EDITABLE = ['roles', 'sectors', 'commodities', 'regionCodes', 'capacity', 'contactEmail', 'webhookUrl'] as const satisfies readonly PartnerProfileField[];

/**
 * An admin or the partner itself changes what the partner offers. The change is an event
 * (`partner.updated`), so cooperatives waiting for a partner are looked at again.
 */
@Injectable()
export class UpdatePartnerUseCase {
  constructor(
    private readonly partners: PartnerRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly webhookUrls: WebhookUrlPolicy,
  ) {}

  async execute(command: UpdatePartnerCommand): Promise<PartnerView> {
    const current = await this.partners.findVisible(command.partnerId, command.viewer);
    if (!current) throw ApplicationError.notFound('The partner');
    if (command.expectedVersion !== undefined && command.expectedVersion !== current.version) {
      throw new ApplicationError('VERSION_CONFLICT', 'The partner was changed by someone else; read it again and retry.', [], {
        currentVersion: current.version,
      });
    }
    const next: PartnerEntity = Object.assign(new PartnerEntity(), current, {
      ...Object.fromEntries(Object.entries(command.changes).filter(([, value]) => value !== undefined)),
    });
    if (command.changes.commodities) next.commodities = [...new Set(command.changes.commodities.map((c) => c.toLowerCase()))];
    const problems = partnerRegionProblems(command.changes.regionCodes);
    if (next.capacity < current.activePartnerships) {
      problems.push({ field: 'capacity', message: `cannot be below the ${current.activePartnerships} active partnerships` });
    }
    if (problems.length > 0) throw new ApplicationError('INVALID_INPUT', 'The change is not valid.', problems);
    if (command.changes.webhookUrl !== undefined) await this.webhookUrls.assertAllowed(command.changes.webhookUrl);
    const changed = EDITABLE.filter((field) => JSON.stringify(next[field]) !== JSON.stringify(current[field]));
    if (changed.length === 0) return toPartnerView(current);

    await this.unitOfWork.commitPartnerChange(
      {
        aggregateId: current.id,
        fromState: null,
        toState: null,
        actor: command.actor,
        correlationId: command.correlationId,
        events: [{ type: 'partner.updated', payload: { changes: [...changed], capacityFreed: next.capacity > current.capacity } }],
      },
      (tx) => this.partners.update(tx, next),
    );
    return toPartnerView((await this.partners.findById(current.id))!);
  }
}
