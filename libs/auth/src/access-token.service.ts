import { createSecretKey } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@kdmp/config';
import type { Role } from './principal';

/** Used only when NODE_ENV is development or test and no JWT_SECRET is set. */
const DEVELOPMENT_SECRET = 'development-only-secret-never-use-in-production';
const ALGORITHM = 'HS256';

/** The server's signing secret: JWT_SECRET, or the development one (refused in production by the configuration). */
export function serverSecret(config: AppConfig): string {
  return config.get('JWT_SECRET') ?? DEVELOPMENT_SECRET;
}

export interface AccessTokenClaims {
  sub: string;
  role: Role;
  /** The user's token version when issued; a password change, a reset or a disabling bumps it. */
  ver: number;
}

export interface IssuedToken {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

/**
 * Issues and verifies access tokens: HS256 only, so a token with `alg: none` or any other
 * algorithm is refused before its claims are read.
 */
@Injectable()
export class AccessTokenService {
  private readonly jwt: JwtService;
  private readonly ttlSeconds: number;

  constructor(config: AppConfig) {
    const secret = config.get('JWT_SECRET');
    if (!secret) new Logger(AccessTokenService.name).warn('JWT_SECRET is not set: using the development secret');
    this.ttlSeconds = config.get('JWT_TTL_SECONDS');
    this.jwt = new JwtService({
      // A key object, not a string: given a string, jsonwebtoken first tries (and fails) to read
      // it as a public key on every verification, a quarter of an authenticated read's CPU.
      secret: createSecretKey(Buffer.from(serverSecret(config), 'utf8')) as unknown as Buffer,
      signOptions: { algorithm: ALGORITHM, expiresIn: this.ttlSeconds },
      verifyOptions: { algorithms: [ALGORITHM] },
    });
  }

  async issue(claims: AccessTokenClaims): Promise<IssuedToken> {
    const accessToken = await this.jwt.signAsync({ sub: claims.sub, role: claims.role, ver: claims.ver });
    return { accessToken, tokenType: 'Bearer', expiresIn: this.ttlSeconds };
  }

  /** The claims of a valid token, or null for anything else (bad signature, expired, malformed). */
  async verify(token: string): Promise<AccessTokenClaims | null> {
    try {
      const claims = await this.jwt.verifyAsync<Partial<AccessTokenClaims>>(token, { algorithms: [ALGORITHM] });
      if (typeof claims.sub !== 'string' || typeof claims.role !== 'string') return null;
      // Tokens issued before versions existed carry none: they stand for version 0.
      const ver = claims.ver ?? 0;
      return Number.isInteger(ver) ? { sub: claims.sub, role: claims.role as Role, ver } : null;
    } catch {
      return null;
    }
  }
}
