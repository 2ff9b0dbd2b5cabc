import { Injectable } from '@nestjs/common';
import { AccessTokenService, Principal } from '@kdmp/auth';
import { UserRepository } from '@kdmp/persistence';

/**
 * The caller behind a bearer token, read from the database on every request: a deleted or
 * disabled user, a role that changed since the token was issued, or a token older than the
 * user's last password change, reset or disabling (its version) is no longer authenticated.
 */
@Injectable()
export class LoadPrincipalUseCase {
  constructor(
    private readonly tokens: AccessTokenService,
    private readonly users: UserRepository,
  ) {}

  async execute(bearerToken: string): Promise<Principal | null> {
    const claims = await this.tokens.verify(bearerToken);
    if (!claims) return null;
    const user = await this.users.findById(claims.sub).catch(() => null);
    if (!user || user.role !== claims.role || user.disabledAt || user.tokenVersion !== claims.ver) return null;
    return {
      userId: user.id,
      email: user.email,
      role: user.role,
      cooperativeId: user.cooperativeId,
      partnerId: user.partnerId,
      stages: user.stages,
      regionCodes: user.regionCodes,
      locale: user.locale,
    };
  }
}
