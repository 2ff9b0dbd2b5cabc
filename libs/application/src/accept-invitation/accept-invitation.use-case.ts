import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { PasswordHasher } from '@kdmp/auth';
import { uniqueViolation, UnitOfWork, UserEntity, UserRepository } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';
import { AccountLinks } from '../common/account-links';
import { toUserView } from '../create-user/create-user.use-case';
import { UserView } from '../create-user/create-user.command';
import { emailTaken, passwordProblems } from '../common/account-rules';
import { AcceptInvitationCommand } from './accept-invitation.command';

/**
 * An invitation becomes an account: the account the admin described, with the password the
 * person chose, created in the same transaction that uses the link up (so a link works once,
 * even when used twice at the same moment).
 */
@Injectable()
export class AcceptInvitationUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly links: AccountLinks,
    private readonly users: UserRepository,
    private readonly passwords: PasswordHasher,
  ) {}

  async execute(command: AcceptInvitationCommand): Promise<UserView> {
    const link = await this.links.open('INVITATION', command.token);
    const problems = passwordProblems(command.password);
    if (problems.length > 0) throw new ApplicationError('INVALID_INPUT', 'The password is not valid.', problems);
    const user = Object.assign(new UserEntity(), {
      id: uuidv7(),
      email: link.email,
      passwordHash: await this.passwords.hash(command.password),
      role: link.role!,
      cooperativeId: link.cooperativeId,
      partnerId: link.partnerId,
      locale: command.locale ?? link.locale,
      stages: link.stages,
      regionCodes: link.regionCodes,
      emailEnabled: true,
      createdAt: new Date(),
      tokenVersion: 0,
      disabledAt: null,
    } satisfies UserEntity);
    try {
      await this.unitOfWork.commitWithJobs(async (tx) => {
        await this.users.insert(tx, user);
        await this.links.claim(tx, link, user.id);
        return { result: undefined, outbox: [] };
      });
    } catch (error) {
      if (uniqueViolation(error)?.constraint === 'users_email_key') throw emailTaken('email');
      throw error;
    }
    return toUserView(user);
  }
}
