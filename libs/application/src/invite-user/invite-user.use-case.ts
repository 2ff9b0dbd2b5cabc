import { Injectable } from '@nestjs/common';
import { AccountTokenEntity, CooperativeRepository, PartnerRepository, UnitOfWork, UserRepository } from '@kdmp/persistence';
import { ApplicationError, FieldProblem } from '../common/application-error';
import { AccountLinks } from '../common/account-links';
import { emailTaken, grantProblems } from '../common/account-rules';
import { StageClock } from '../common/stage-clock';
import { InvitationView, InviteUserCommand } from './invite-user.command';

/**
 * An admin invites a person by email: the invitation (a single-use link that expires) and the
 * job that emails it commit together; the person sets a password with the link
 * (AcceptInvitationUseCase). An address that already has an account is a 409; inviting an
 * address again replaces its open invitation.
 */
@Injectable()
export class InviteUserUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly links: AccountLinks,
    private readonly users: UserRepository,
    private readonly cooperatives: CooperativeRepository,
    private readonly partners: PartnerRepository,
    private readonly clock: StageClock,
  ) {}

  async execute(command: InviteUserCommand): Promise<InvitationView> {
    const problems = [...grantProblems(command, this.clock.stages), ...(await this.organisationProblems(command))];
    if (problems.length > 0) throw new ApplicationError('INVALID_INPUT', 'The invitation is not valid.', problems);
    const link = await this.unitOfWork.commitWithJobs(async (tx) => {
      if (await this.users.emailTaken(command.email, tx)) throw emailTaken('email');
      const issued = await this.links.issue(
        tx,
        'INVITATION',
        {
          email: command.email,
          userId: null,
          role: command.role,
          cooperativeId: command.role === 'COOPERATIVE' ? command.cooperativeId! : null,
          partnerId: command.role === 'PARTNER' ? command.partnerId! : null,
          stages: [...new Set(command.stages ?? [])],
          regionCodes: [...new Set(command.regionCodes ?? [])],
          locale: command.locale ?? 'id',
          createdBy: command.invitedBy,
        },
        command.correlationId,
      );
      return { result: issued.link, outbox: issued.outbox };
    });
    return toInvitationView(link);
  }

  private async organisationProblems(command: InviteUserCommand): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    if (command.role === 'COOPERATIVE') {
      if (!command.cooperativeId) problems.push({ field: 'cooperativeId', message: 'an officer is invited for a cooperative' });
      else if (!(await this.cooperatives.findById(command.cooperativeId))) problems.push({ field: 'cooperativeId', message: 'no such cooperative' });
    } else if (command.cooperativeId) {
      problems.push({ field: 'cooperativeId', message: 'only officers belong to a cooperative' });
    }
    if (command.role === 'PARTNER') {
      if (!command.partnerId) problems.push({ field: 'partnerId', message: 'a partner user is invited for a partner organisation' });
      else if (!(await this.partners.findById(command.partnerId))) problems.push({ field: 'partnerId', message: 'no such partner' });
    } else if (command.partnerId) {
      problems.push({ field: 'partnerId', message: 'only partner users belong to a partner' });
    }
    return problems;
  }
}

export function toInvitationView(link: AccountTokenEntity): InvitationView {
  return {
    id: link.id,
    email: link.email,
    role: link.role!,
    cooperativeId: link.cooperativeId,
    partnerId: link.partnerId,
    stages: link.stages,
    regionCodes: link.regionCodes,
    locale: link.locale,
    expiresAt: link.expiresAt.toISOString(),
    createdAt: link.createdAt.toISOString(),
  };
}
