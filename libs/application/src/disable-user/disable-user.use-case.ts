import { Injectable } from '@nestjs/common';
import { UserRepository } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';
import { UserView } from '../create-user/create-user.command';
import { toUserView } from '../create-user/create-user.use-case';
import { SetUserAccessCommand } from './disable-user.command';

/**
 * Disables an account: it cannot log in, and its tokens are refused from the next request on
 * (the guard reads the user on every request, and the token version moves on, so enabling it
 * later does not bring the old tokens back). An admin cannot lock itself out.
 */
@Injectable()
export class DisableUserUseCase {
  constructor(private readonly users: UserRepository) {}

  async execute(command: SetUserAccessCommand): Promise<UserView> {
    if (command.userId === command.adminId) throw new ApplicationError('CONFLICT', 'An admin cannot disable its own account.');
    const user = await this.users.setDisabled(command.userId, true);
    if (!user) throw ApplicationError.notFound('The user');
    return toUserView(user);
  }
}
