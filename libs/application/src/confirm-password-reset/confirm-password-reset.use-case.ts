import { Injectable } from '@nestjs/common';
import { PasswordHasher } from '@kdmp/auth';
import { UnitOfWork, UserRepository } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';
import { AccountLinks } from '../common/account-links';
import { passwordProblems } from '../common/account-rules';
import { ConfirmPasswordResetCommand } from './confirm-password-reset.command';

/**
 * Sets the new password and uses the link up, in one transaction; the new token version
 * makes every access token issued before the reset stop working.
 */
@Injectable()
export class ConfirmPasswordResetUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly links: AccountLinks,
    private readonly users: UserRepository,
    private readonly passwords: PasswordHasher,
  ) {}

  async execute(command: ConfirmPasswordResetCommand): Promise<void> {
    const link = await this.links.open('PASSWORD_RESET', command.token);
    const problems = passwordProblems(command.password);
    if (problems.length > 0) throw new ApplicationError('INVALID_INPUT', 'The password is not valid.', problems);
    const hash = await this.passwords.hash(command.password);
    await this.unitOfWork.commitWithJobs(async (tx) => {
      await this.links.claim(tx, link, link.userId!);
      if ((await this.users.setPassword(link.userId!, hash, tx)) === null) throw ApplicationError.notFound('The account');
      return { result: undefined, outbox: [] };
    });
  }
}
