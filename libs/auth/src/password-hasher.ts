import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

export const MINIMUM_PASSWORD_LENGTH = 10;

/** Passwords are stored only as argon2id hashes; the plain text is never logged or kept. */
@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }
}
