import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@kdmp/auth';
import { CreateUserUseCase, UserView } from '@kdmp/application';
import { Allow } from '../auth/allow.decorator';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { CreateUserDto } from './create-user.dto';

/** The caller: a user as the admins see it, less its creation time. */
export type MeView = Omit<UserView, 'createdAt'>;

@ApiTags('users')
@ApiBearerAuth()
@Controller('v1')
export class UsersController {
  constructor(private readonly createUser: CreateUserUseCase) {}

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
