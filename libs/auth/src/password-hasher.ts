import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

export const MINIMUM_PASSWORD_LENGTH = 10;

/**
 * OWASP's Password Storage Cheat Sheet minimum for argon2id: 19 MiB, two passes, one lane.
 * The library's default (64 MiB, three passes, four lanes) costs ~270 ms of CPU per hash on a
 * 2-core machine — 5.6× this — which capped sign-ups and logins at a few per second per core
 * while adding nothing the login throttle does not already give against online guessing.
 * Hashes made with other parameters still verify: argon2 stores them in the hash.
 */
export const PASSWORD_HASH_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Passwords are stored only as argon2id hashes; the plain text is never logged or kept. */
@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return argon2.hash(password, PASSWORD_HASH_OPTIONS);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }
}
