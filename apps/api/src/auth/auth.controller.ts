import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { IssuedToken } from '@kdmp/auth';
import { LoginUseCase } from '@kdmp/application';
import { Allow } from './allow.decorator';
import { LoginDto } from './login.dto';
import { LoginThrottlerGuard } from './login-throttler.guard';

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(private readonly login: LoginUseCase) {}

  @Post('login')
  @HttpCode(200)
  @Allow('POST /v1/auth/login')
  @UseGuards(LoginThrottlerGuard)
  @ApiOperation({ summary: 'Exchange email and password for a bearer token' })
  logIn(@Body() body: LoginDto): Promise<IssuedToken> {
    return this.login.execute(body);
  }
}
