import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@kdmp/auth';
import { AcceptInvitationUseCase, InvitationView, InviteUserUseCase, UserView } from '@kdmp/application';
import { Allow } from '../auth/allow.decorator';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { requestCorrelationId } from '../http/request-correlation';
import { InviteUserDto } from './invite-user.dto';
import { AcceptInvitationDto } from './token-password.dto';

@ApiTags('users')
@Controller('v1/invitations')
export class InvitationsController {
  constructor(
    private readonly invite: InviteUserUseCase,
    private readonly accept: AcceptInvitationUseCase,
  ) {}

  @Post()
  @Allow('POST /v1/invitations')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Invite a person by email: an officer (for a cooperative), a partner user (for a partner), a reviewer or an admin',
    description: 'The invitee is emailed a single-use link that expires (INVITATION_TTL_HOURS); an address with an account is 409.',
  })
  create(@Body() body: InviteUserDto, @CurrentPrincipal() principal: Principal): Promise<InvitationView> {
    return this.invite.execute({ ...body, invitedBy: principal.userId, correlationId: requestCorrelationId() });
  }

  @Post('accept')
  @Allow('POST /v1/invitations/accept')
  @ApiOperation({
    summary: "Set a password with an invitation's token: the account is created",
    description: 'An unknown token is 400; a used, replaced or expired invitation is 410.',
  })
  acceptInvitation(@Body() body: AcceptInvitationDto): Promise<UserView> {
    return this.accept.execute(body);
  }
}
