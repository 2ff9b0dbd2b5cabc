import { Injectable } from '@nestjs/common';
import { UnitOfWork, UserRepository } from '@kdmp/persistence';
import { AccountLinks } from '../common/account-links';
import { RequestPasswordResetCommand } from './request-password-reset.command';

/**
 * Emails a single-use reset link to the account with this address, if there is one that is
 * not disabled. The caller learns nothing either way: the API answers the same, and the
 * throttle in front of it limits how often an address or a client may ask.
 */
@Injectable()
export class RequestPasswordResetUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly links: AccountLinks,
    private readonly users: UserRepository,
  ) {}

  async execute(command: RequestPasswordResetCommand): Promise<void> {
    const user = await this.users.findForLogin(command.email);
    if (!user || user.disabledAt) return;
    await this.unitOfWork.commitWithJobs(async (tx) => {
      const issued = await this.links.issue(
        tx,
        'PASSWORD_RESET',
        {
          email: user.email,
          userId: user.id,
          role: null,
          cooperativeId: null,
          partnerId: null,
          stages: [],
          regionCodes: [],
          locale: user.locale,
          createdBy: null,
        },
        command.correlationId,
      );
      return { result: undefined, outbox: issued.outbox };
    });
  }
}
