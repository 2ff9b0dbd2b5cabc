import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { PasswordHasher } from '@kdmp/auth';
import { PartnerEntity, PartnerRepository, uniqueViolation, UnitOfWork, UserEntity, UserRepository } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';
import { newWebhookSecret, PartnerView, toPartnerView } from '../common/partner.view';
import { partnerRegionProblems } from '../common/region-codes';
import { RegisterPartnerCommand } from './register-partner.command';
import { WebhookUrlPolicy } from '../common/webhook-url';

export interface RegisteredPartner extends PartnerView {
  /** Shown once: the partner verifies webhooks with it. */
  webhookSecret: string;
  userId: string;
}

/** The cooperative office registers a partner organisation and its first user. */
@Injectable()
export class RegisterPartnerUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly partners: PartnerRepository,
    private readonly users: UserRepository,
    private readonly passwords: PasswordHasher,
    private readonly webhookUrls: WebhookUrlPolicy,
  ) {}

  async execute(command: RegisterPartnerCommand): Promise<RegisteredPartner> {
    const problems = partnerRegionProblems(command.regionCodes);
    if (problems.length > 0) throw new ApplicationError('INVALID_INPUT', 'The partner is not valid.', problems);
    await this.webhookUrls.assertAllowed(command.webhookUrl);
    const now = new Date();
    const partner = Object.assign(new PartnerEntity(), {
      id: uuidv7(),
      name: command.name.trim(),
      type: command.type,
      roles: [...new Set(command.roles)],
      sectors: [...new Set(command.sectors)],
      commodities: [...new Set(command.commodities.map((commodity) => commodity.toLowerCase()))],
      regionCodes: [...new Set(command.regionCodes)],
      capacity: command.capacity,
      activePartnerships: 0,
      contactEmail: command.contactEmail,
      webhookUrl: command.webhookUrl ?? null,
      webhookSecret: newWebhookSecret(),
      version: 1,
      lastEventSequence: 0,
      createdAt: now,
      updatedAt: now,
    } satisfies PartnerEntity);
    const user = Object.assign(new UserEntity(), {
      id: uuidv7(),
      email: command.user.email.toLowerCase(),
      passwordHash: await this.passwords.hash(command.user.password),
      role: 'PARTNER',
      cooperativeId: null,
      partnerId: partner.id,
      locale: command.user.locale ?? 'id',
      stages: [],
      regionCodes: [],
      emailEnabled: true,
      createdAt: now,
      tokenVersion: 0,
      disabledAt: null,
    } satisfies UserEntity);
    try {
      await this.unitOfWork.commitCreation(
        'partner',
        {
          aggregateId: partner.id,
          fromState: null,
          toState: null,
          actor: command.actor,
          correlationId: command.correlationId,
          events: [{ type: 'partner.registered', payload: { name: partner.name, roles: partner.roles, regionCodes: partner.regionCodes } }],
        },
        async (tx, lastEventSequence) => {
          await this.partners.insert(tx, { ...partner, lastEventSequence });
          await this.users.insert(tx, user);
        },
      );
    } catch (error) {
      const violation = uniqueViolation(error);
      if (violation?.constraint === 'partners_name_key') throw new ApplicationError('CONFLICT', `A partner named ${partner.name} exists already.`);
      if (violation?.constraint === 'users_email_key') {
        throw new ApplicationError('CONFLICT', 'An account with this email already exists.', [{ field: 'user.email', message: 'already registered' }]);
      }
      throw error;
    }
    return { ...toPartnerView(partner), webhookSecret: partner.webhookSecret, userId: user.id };
  }
}
