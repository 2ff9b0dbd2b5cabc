import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { IssuedToken } from '@kdmp/auth';
import { ConfirmPasswordResetUseCase, LoginUseCase, RequestPasswordResetUseCase } from '@kdmp/application';
import { Allow } from './allow.decorator';
import { LoginDto } from './login.dto';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { PasswordResetRequestDto } from './password-reset-request.dto';
import { TokenPasswordDto } from '../invitations/token-password.dto';
import { requestCorrelationId } from '../http/request-correlation';

/** The answer to every reset request, whether the address has an account or not. */
export const PASSWORD_RESET_ACCEPTED = {
  detail: 'If an account has this address, a link to reset its password has been sent to it.',
} as const;

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(
    private readonly login: LoginUseCase,
    private readonly requestReset: RequestPasswordResetUseCase,
    private readonly confirmReset: ConfirmPasswordResetUseCase,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Allow('POST /v1/auth/login')
  @UseGuards(LoginThrottlerGuard)
  @ApiOperation({ summary: 'Exchange email and password for a bearer token' })
  logIn(@Body() body: LoginDto): Promise<IssuedToken> {
    return this.login.execute(body);
  }

  @Post('password-reset')
  @HttpCode(202)
  @Allow('POST /v1/auth/password-reset')
  @UseGuards(LoginThrottlerGuard)
  @ApiOperation({
    summary: 'Email a password-reset link (single use, expires) to this address',
    description: 'The same answer whether the address has an account or not; limited per address and per client like login.',
  })
  async passwordReset(@Body() body: PasswordResetRequestDto): Promise<typeof PASSWORD_RESET_ACCEPTED> {
    await this.requestReset.execute({ email: body.email, correlationId: requestCorrelationId() });
    return PASSWORD_RESET_ACCEPTED;
  }

  @Post('password-reset/confirm')
  @HttpCode(204)
  @Allow('POST /v1/auth/password-reset/confirm')
  @ApiOperation({
    summary: "Set a new password with a reset link's token; every earlier access token stops working",
    description: 'An unknown token is 400; a used, replaced or expired link is 410.',
  })
  async passwordResetConfirm(@Body() body: TokenPasswordDto): Promise<void> {
    await this.confirmReset.execute(body);
  }
}
