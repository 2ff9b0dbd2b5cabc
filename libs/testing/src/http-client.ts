import { PasswordHasher } from '@kdmp/auth';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { JsonClient } from './json-client';

/** Logs in over HTTP and returns the bearer token. */
export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const body = await new JsonClient(baseUrl).post<{ accessToken: string }>('/v1/auth/login', { email, password }, 200);
  return body.accessToken;
}

/**
 * A user written straight to the database, for roles that have no endpoint of their own yet
 * (partner users arrive with the partner registry).
 */
export async function insertUser(
  db: Client,
  user: { email: string; password: string; role: string; partnerId?: string; cooperativeId?: string; regionCodes?: string[]; stages?: string[] },
): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO users (id, email, password_hash, role, partner_id, cooperative_id, region_codes, stages)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      id,
      user.email,
      await new PasswordHasher().hash(user.password),
      user.role,
      user.partnerId ?? null,
      user.cooperativeId ?? null,
      user.regionCodes ?? [],
      user.stages ?? [],
    ],
  );
  return id;
}

/**
 * An open invitation or password-reset link written straight to the database, for tests that
 * need a working token without reading an email; returns the token (only its hash is stored).
 */
export async function insertAccountLink(
  db: Client,
  link: { purpose: 'INVITATION'; email: string; role: string } | { purpose: 'PASSWORD_RESET'; email: string; userId: string },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query(
    `INSERT INTO account_tokens (id, purpose, token_hash, email, role, user_id, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, now() + interval '1 hour')`,
    [
      randomUUID(),
      link.purpose,
      createHash('sha256').update(token).digest('hex'),
      link.email,
      link.purpose === 'INVITATION' ? link.role : null,
      link.purpose === 'PASSWORD_RESET' ? link.userId : null,
    ],
  );
  return token;
}
