import { createHash } from 'node:crypto';
import type { AppConfig } from '@kdmp/config';
import { AccountTokenSigner } from './account-token-signer';

const signer = (secret: string | undefined) => new AccountTokenSigner({ get: () => secret } as unknown as AppConfig);

describe('AccountTokenSigner', () => {
  const id = '01a237d1-d5cf-7208-a6cd-aa6c45e58496';

  it('derives the same URL-safe 256-bit token for a link every time, and another for another link', () => {
    const a = signer('a-secret-of-at-least-32-characters-000');
    expect(a.tokenFor(id)).toBe(a.tokenFor(id));
    expect(a.tokenFor(id)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.tokenFor('01a237d1-d5cf-7208-a6cd-aa6c45e58497')).not.toBe(a.tokenFor(id));
  });

  it('cannot be derived without the secret', () => {
    expect(signer('a-secret-of-at-least-32-characters-000').tokenFor(id)).not.toBe(signer('another-secret-of-at-least-32-characters').tokenFor(id));
    // Nor is it the id's plain hash or HMAC under the secret itself (a JWT signature).
    expect(signer('a-secret-of-at-least-32-characters-000').tokenFor(id)).not.toBe(createHash('sha256').update(id).digest('base64url'));
  });

  it('stores the SHA-256 of a token', () => {
    expect(signer(undefined).hashOf('abc')).toBe(createHash('sha256').update('abc').digest('hex'));
  });
});
