import { createHash, createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@kdmp/config';
import { serverSecret } from './access-token.service';

/**
 * The tokens of invitation and password-reset links. A link's token is derived from its row's
 * id with the server's secret (HMAC-SHA256, 256 bits), so it is never stored or queued: the
 * database keeps only its SHA-256 hash, the email job carries only the id, and the notifier
 * derives the token again when it writes the email. Whoever reads the database or the queue
 * cannot make a working link without the secret.
 */
@Injectable()
export class AccountTokenSigner {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    // A key of its own, derived from the server secret, so these MACs are never valid JWT signatures.
    this.key = createHmac('sha256', serverSecret(config)).update('kdmp:account-token-key').digest();
  }

  /** The token of the link for row `id`, URL-safe. */
  tokenFor(id: string): string {
    return createHmac('sha256', this.key).update(id).digest('base64url');
  }

  /** What is stored and looked up: the hash of a token. */
  hashOf(token: string): string {
    return createHash('sha256').update(token, 'utf8').digest('hex');
  }
}
