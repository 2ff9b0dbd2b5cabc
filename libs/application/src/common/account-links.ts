import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AccountTokenSigner } from '@kdmp/auth';
import { AppConfig } from '@kdmp/config';
import { AccountTokenEntity, AccountTokenPurpose, AccountTokenRepository, OutboxMessage, outboxMessageFor } from '@kdmp/persistence';
import { ApplicationError } from './application-error';

/** What a link grants, as its issuer decides it. */
export type AccountLinkGrant = Pick<
  AccountTokenEntity,
  'email' | 'userId' | 'role' | 'cooperativeId' | 'partnerId' | 'stages' | 'regionCodes' | 'locale' | 'createdBy'
>;

/**
 * Invitation and password-reset links: writes a link (its token's hash, what it grants, when
 * it expires) and the job that emails it, in the caller's transaction; and finds the link a
 * presented token belongs to, saying plainly why one does not work.
 */
@Injectable()
export class AccountLinks {
  constructor(
    private readonly tokens: AccountTokenRepository,
    private readonly signer: AccountTokenSigner,
    private readonly config: AppConfig,
  ) {}

  /** The link's row and its email job; the caller commits the job with it (UnitOfWork). */
  async issue(
    tx: EntityManager,
    purpose: AccountTokenPurpose,
    grant: AccountLinkGrant,
    correlationId: string,
  ): Promise<{ link: AccountTokenEntity; outbox: OutboxMessage[] }> {
    const id = uuidv7();
    const now = new Date();
    const link = Object.assign(new AccountTokenEntity(), {
      ...grant,
      id,
      purpose,
      email: grant.email.toLowerCase(),
      tokenHash: this.signer.hashOf(this.signer.tokenFor(id)),
      expiresAt: new Date(now.getTime() + this.lifetimeMs(purpose)),
      usedAt: null,
      emailSentAt: null,
      emailLastError: null,
      createdAt: now,
    } satisfies AccountTokenEntity);
    // Only the newest link to an address works.
    await this.tokens.closeOpen(tx, purpose, link.email);
    await this.tokens.insert(tx, link);
    return { link, outbox: [outboxMessageFor({ name: 'send-account-email', payload: { accountTokenId: id, correlationId } }, correlationId)] };
  }

  /**
   * The open link a token belongs to. Unknown tokens are a 400; a link used up (or replaced
   * by a newer one) or expired is a 410 that says which, so the person knows to ask again.
   */
  async open(purpose: AccountTokenPurpose, token: string): Promise<AccountTokenEntity> {
    const link = await this.tokens.findByHash(purpose, this.signer.hashOf(token));
    if (!link) {
      throw new ApplicationError('INVALID_INPUT', 'This link is not valid: check that it was copied whole.', [
        { field: 'token', message: 'unknown token' },
      ]);
    }
    if (link.usedAt) throw usedUp(purpose);
    if (link.expiresAt.getTime() <= Date.now()) throw expired(purpose);
    return link;
  }

  /** Uses the link up in the transaction of what it grants; a second, racing use loses. */
  async claim(tx: EntityManager, link: AccountTokenEntity, userId: string): Promise<void> {
    if (!(await this.tokens.claim(tx, link.id, userId))) {
      throw link.expiresAt.getTime() <= Date.now() ? expired(link.purpose) : usedUp(link.purpose);
    }
  }

  private lifetimeMs(purpose: AccountTokenPurpose): number {
    return purpose === 'INVITATION' ? this.config.get('INVITATION_TTL_HOURS') * 3_600_000 : this.config.get('PASSWORD_RESET_TTL_MINUTES') * 60_000;
  }
}

function usedUp(purpose: AccountTokenPurpose): ApplicationError {
  return new ApplicationError(
    'GONE',
    purpose === 'INVITATION'
      ? 'This invitation was already used, or replaced by a newer one. Log in, or ask an admin to invite you again.'
      : 'This password-reset link was already used, or replaced by a newer one. Ask for a new one.',
    [],
    { reason: 'USED' },
  );
}

function expired(purpose: AccountTokenPurpose): ApplicationError {
  return new ApplicationError(
    'GONE',
    purpose === 'INVITATION' ? 'This invitation has expired. Ask an admin to invite you again.' : 'This password-reset link has expired. Ask for a new one.',
    [],
    { reason: 'EXPIRED' },
  );
}
