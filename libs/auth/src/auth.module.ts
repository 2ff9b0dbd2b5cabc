import { Global, Module } from '@nestjs/common';
import { AccessTokenService } from './access-token.service';
import { PasswordHasher } from './password-hasher';

@Global()
@Module({
  providers: [AccessTokenService, PasswordHasher],
  exports: [AccessTokenService, PasswordHasher],
})
export class AuthModule {}
