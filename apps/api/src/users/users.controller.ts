import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { IssuedToken, Principal } from '@kdmp/auth';
import {
  ChangePasswordUseCase,
  CreateUserUseCase,
  DisableUserUseCase,
  EnableUserUseCase,
  ListUsersUseCase,
  Page,
  UserView,
} from '@kdmp/application';
import { Allow } from '../auth/allow.decorator';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ResourceIdPipe } from '../http/id.pipe';
import { CreateUserDto } from './create-user.dto';
import { ListUsersQuery } from './list-users.query';
import { ChangePasswordDto } from './change-password.dto';

/** The caller: a user as the admins see it, less its creation time. */
export type MeView = Omit<UserView, 'createdAt' | 'disabled'>;

@ApiTags('users')
@ApiBearerAuth()
@Controller('v1')
export class UsersController {
  constructor(
    private readonly createUser: CreateUserUseCase,
    private readonly listUsers: ListUsersUseCase,
    private readonly disableUser: DisableUserUseCase,
    private readonly enableUser: EnableUserUseCase,
    private readonly changePassword: ChangePasswordUseCase,
  ) {}

  @Get('users')
  @Allow('GET /v1/users')
  @ApiOperation({ summary: 'Every account, oldest first, filtered by role and part of the email' })
  list(@Query() query: ListUsersQuery): Promise<Page<UserView>> {
    return this.listUsers.execute(query);
  }

  @Post('users/:id/disable')
  @HttpCode(200)
  @Allow('POST /v1/users/:id/disable')
  @ApiOperation({ summary: 'Disable an account: it cannot log in and its tokens stop working at once (not the caller\'s own)' })
  disable(@Param('id', ResourceIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<UserView> {
    return this.disableUser.execute({ userId: id, adminId: principal.userId });
  }

  @Post('users/:id/enable')
  @HttpCode(200)
  @Allow('POST /v1/users/:id/enable')
  @ApiOperation({ summary: 'Enable a disabled account again (tokens from before stay refused)' })
  enable(@Param('id', ResourceIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<UserView> {
    return this.enableUser.execute({ userId: id, adminId: principal.userId });
  }

  @Post('me/password')
  @HttpCode(200)
  @Allow('POST /v1/me/password')
  @ApiOperation({ summary: "Change the caller's password; every earlier token stops working, the answer is a fresh one" })
  password(@Body() body: ChangePasswordDto, @CurrentPrincipal() principal: Principal): Promise<IssuedToken> {
    return this.changePassword.execute({ userId: principal.userId, currentPassword: body.currentPassword, newPassword: body.newPassword });
  }

  @Post('users')
  @Allow('POST /v1/users')
  @ApiOperation({ summary: 'Create a reviewer (with stages and optional regions) or an admin' })
  create(@Body() body: CreateUserDto): Promise<UserView> {
    return this.createUser.execute(body);
  }

  @Get('me')
  @Allow('GET /v1/me')
  @ApiOperation({ summary: 'The caller' })
  me(@CurrentPrincipal() principal: Principal): MeView {
    return {
      id: principal.userId,
      email: principal.email,
      role: principal.role,
      cooperativeId: principal.cooperativeId,
      partnerId: principal.partnerId,
      stages: principal.stages,
      regionCodes: principal.regionCodes,
      locale: principal.locale,
    };
  }
}
