import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { decideTransition, DomainError, parseRegionCode, ParsedRegionCode } from '@kdmp/domain';
import {
  CooperativeEntity,
  CooperativeRepository,
  OutboxMessage,
  uniqueViolation,
  UnitOfWork,
  UserEntity,
  UserRepository,
} from '@kdmp/persistence';
import { PasswordHasher } from '@kdmp/auth';
import { ApplicationError } from '../common/application-error';
import { CooperativeView, toCooperativeView } from '../common/cooperative.view';
import { RegisterCooperativeCommand } from './register-cooperative.command';
import { AccountLinks } from '../common/account-links';
import { emailTaken } from '../common/account-rules';

/**
 * Registers a cooperative (state REGISTERED, event `cooperative.registered`) and, when the
 * command names one, its officer's account or its officer's invitation, in one transaction.
 */
@Injectable()
export class RegisterCooperativeUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly cooperatives: CooperativeRepository,
    private readonly users: UserRepository,
    private readonly passwords: PasswordHasher,
    private readonly links: AccountLinks,
  ) {}

  async execute(command: RegisterCooperativeCommand): Promise<CooperativeView> {
    const region = this.parseRegion(command);
    const decision = decideTransition(null, 'register');
    const now = new Date();
    const cooperative = Object.assign(new CooperativeEntity(), {
      id: uuidv7(),
      name: command.name,
      kind: command.kind,
      village: command.village,
      district: command.district,
      regency: command.regency,
      province: command.province,
      regionCode: region.regionCode,
      districtCode: region.districtCode,
      regencyCode: region.regencyCode,
      provinceCode: region.provinceCode,
      memberCount: command.memberCount,
      sectors: [...new Set(command.sectors)],
      contactEmail: command.contactEmail ?? null,
      contactPhone: command.contactPhone ?? null,
      legalEntityNumber: command.legalEntityNumber ?? null,
      cooperativeNumber: command.cooperativeNumber ?? null,
      taxNumber: command.taxNumber ?? null,
      businessNumber: command.businessNumber ?? null,
      bankAccount: command.bankAccount ?? null,
      currentBusinessPlanId: null,
      state: decision.to,
      version: 1,
      lastEventSequence: 0,
      stateChangedAt: now,
      createdAt: now,
      updatedAt: now,
    } satisfies CooperativeEntity);
    const officer = command.officer ? await this.officerAccount(command.officer, cooperative.id, now) : null;
    const invitation = command.officer ? undefined : command.officerInvitation;
    let invitationJobs: OutboxMessage[] = [];

    try {
      await this.unitOfWork.commitCreation(
        'cooperative',
        {
          aggregateId: cooperative.id,
          fromState: decision.from,
          toState: decision.to,
          actor: command.actor,
          correlationId: command.correlationId,
          events: [
            {
              type: 'cooperative.registered',
              payload: {
                name: cooperative.name,
                kind: cooperative.kind,
                regionCode: region.regionCode,
                districtCode: region.districtCode,
                regencyCode: region.regencyCode,
                provinceCode: region.provinceCode,
              },
            },
          ],
        },
        async (tx, lastEventSequence) => {
          await this.cooperatives.insert(tx, { ...cooperative, lastEventSequence });
          if (officer) await this.users.insert(tx, officer);
          if (invitation) {
            if (await this.users.emailTaken(invitation.email, tx)) throw emailTaken('officerEmail');
            const issued = await this.links.issue(
              tx,
              'INVITATION',
              {
                email: invitation.email,
                userId: null,
                role: 'COOPERATIVE',
                cooperativeId: cooperative.id,
                partnerId: null,
                stages: [],
                regionCodes: [],
                locale: invitation.locale ?? 'id',
                createdBy: invitation.invitedBy,
              },
              command.correlationId,
            );
            await this.unitOfWork.writeJobs(tx, issued.outbox);
            invitationJobs = issued.outbox;
          }
        },
      );
      this.unitOfWork.published(invitationJobs);
    } catch (error) {
      throw this.explainConflict(error, command);
    }
    return toCooperativeView(cooperative);
  }

  private parseRegion(command: RegisterCooperativeCommand): ParsedRegionCode {
    let region: ParsedRegionCode;
    try {
      region = parseRegionCode(command.regionCode);
    } catch (error) {
      if (error instanceof DomainError) {
        throw new ApplicationError('INVALID_INPUT', 'The region code is not valid.', [
          { field: 'regionCode', message: error.message },
        ]);
      }
      throw error;
    }
    if (region.kind !== command.kind) {
      throw new ApplicationError('INVALID_INPUT', 'The kind does not match the region code.', [
        {
          field: 'kind',
          message: `region code ${region.regionCode} is a ${region.kind}, not a ${command.kind}`,
        },
      ]);
    }
    return region;
  }

  private async officerAccount(
    officer: NonNullable<RegisterCooperativeCommand['officer']>,
    cooperativeId: string,
    now: Date,
  ): Promise<UserEntity> {
    return Object.assign(new UserEntity(), {
      id: uuidv7(),
      email: officer.email.toLowerCase(),
      passwordHash: await this.passwords.hash(officer.password),
      role: 'COOPERATIVE',
      cooperativeId,
      partnerId: null,
      locale: officer.locale ?? 'id',
      stages: [],
      regionCodes: [],
      emailEnabled: true,
      createdAt: now,
      tokenVersion: 0,
      disabledAt: null,
    } satisfies UserEntity);
  }

  private explainConflict(error: unknown, command: RegisterCooperativeCommand): unknown {
    const violation = uniqueViolation(error);
    if (!violation) return error;
    if (violation.constraint === 'cooperatives_region_code_key') {
      return new ApplicationError('CONFLICT', `A cooperative is already registered for region ${command.regionCode}.`);
    }
    if (violation.constraint === 'users_email_key') {
      return new ApplicationError('CONFLICT', 'An account with this email already exists.', [
        { field: 'officer.email', message: 'already registered' },
      ]);
    }
    return error;
  }
}
