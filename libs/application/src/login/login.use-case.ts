import { Injectable } from '@nestjs/common';
import { AccessTokenService, IssuedToken, PasswordHasher, Role } from '@kdmp/auth';
import { UserRepository } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';

/**
 * Email and password for an access token. A wrong password and an unknown email get the same
 * answer, after the same work (a hash is verified either way), so neither reveals the other.
 */
@Injectable()
export class LoginUseCase {
  private decoyHash: Promise<string> | null = null;

  constructor(
    private readonly users: UserRepository,
    private readonly passwords: PasswordHasher,
    private readonly tokens: AccessTokenService,
  ) {}

  async execute(credentials: { email: string; password: string }): Promise<IssuedToken> {
    const user = await this.users.findForLogin(credentials.email);
    const hash = user?.passwordHash ?? (await this.decoy());
    const valid = await this.passwords.verify(hash, credentials.password);
    if (!user || !valid) throw new ApplicationError('UNAUTHENTICATED', 'The email or the password is wrong.');
    // Said only to whoever knows the password.
    if (user.disabledAt) throw new ApplicationError('FORBIDDEN', 'This account is disabled; an admin can enable it again.');
    return this.tokens.issue({ sub: user.id, role: user.role as Role, ver: user.tokenVersion });
  }

  private decoy(): Promise<string> {
    this.decoyHash ??= this.passwords.hash(`decoy-${Math.random()}`);
    return this.decoyHash;
  }
}
