import { Injectable } from '@nestjs/common';
import { UserRepository } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';
import { UserView } from '../create-user/create-user.command';
import { toUserView } from '../create-user/create-user.use-case';
import { SetUserAccessCommand } from '../disable-user/disable-user.command';

/** Enables a disabled account again: it can log in; tokens from before it was disabled stay refused. */
@Injectable()
export class EnableUserUseCase {
  constructor(private readonly users: UserRepository) {}

  async execute(command: SetUserAccessCommand): Promise<UserView> {
    const user = await this.users.setDisabled(command.userId, false);
    if (!user) throw ApplicationError.notFound('The user');
    return toUserView(user);
  }
}
