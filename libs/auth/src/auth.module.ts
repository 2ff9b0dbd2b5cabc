import { Global, Module } from '@nestjs/common';
import { AccessTokenService } from './access-token.service';
import { PasswordHasher } from './password-hasher';
import { AccountTokenSigner } from './account-token-signer';

@Global()
@Module({
  providers: [AccessTokenService, PasswordHasher, AccountTokenSigner],
  exports: [AccessTokenService, PasswordHasher, AccountTokenSigner],
})
export class AuthModule {}
