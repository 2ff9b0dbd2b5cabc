import { Injectable } from '@nestjs/common';
import { AccessTokenService, IssuedToken, PasswordHasher, Role } from '@kdmp/auth';
import { UserRepository } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';
import { passwordProblems } from '../common/account-rules';
import { ChangePasswordCommand } from './change-password.command';

/**
 * A new password for the caller. Every access token issued before it stops working (the
 * token version moves on), the caller's own included: the answer carries a fresh one.
 */
@Injectable()
export class ChangePasswordUseCase {
  constructor(
    private readonly users: UserRepository,
    private readonly passwords: PasswordHasher,
    private readonly tokens: AccessTokenService,
  ) {}

  async execute(command: ChangePasswordCommand): Promise<IssuedToken> {
    const problems = passwordProblems(command.newPassword, 'newPassword');
    if (problems.length > 0) throw new ApplicationError('INVALID_INPUT', 'The new password is not valid.', problems);
    const user = await this.users.findWithPasswordHash(command.userId);
    if (!user) throw ApplicationError.notFound('The account');
    if (!(await this.passwords.verify(user.passwordHash, command.currentPassword))) {
      throw new ApplicationError('INVALID_INPUT', 'The current password is wrong.', [{ field: 'currentPassword', message: 'does not match' }]);
    }
    const version = await this.users.setPassword(user.id, await this.passwords.hash(command.newPassword));
    if (version === null) throw ApplicationError.notFound('The account');
    return this.tokens.issue({ sub: user.id, role: user.role as Role, ver: version });
  }
}
