import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AccountTokenEntity, AccountTokenPurpose } from './entities';
import { EntityRows } from './entity-rows';
import { CHANGED_MARKER, CompanionWrite } from './companion-write';
import { affectedRows } from './query-result';

/** A link's row with the names its email mentions. */
export interface AccountTokenForEmail {
  token: AccountTokenEntity;
  cooperativeName: string | null;
  partnerName: string | null;
}

/** Invitation and password-reset links (their hashes, what they grant, whether they were used). */
@Injectable()
export class AccountTokenRepository {
  private readonly rows: EntityRows<AccountTokenEntity>;

  constructor(@InjectRepository(AccountTokenEntity) private readonly tokens: Repository<AccountTokenEntity>) {
    this.rows = new EntityRows(tokens);
  }

  async insert(tx: EntityManager, token: AccountTokenEntity): Promise<void> {
    await tx.insert(AccountTokenEntity, token);
  }

  /** A new invitation replaces the open ones to the same address: only the newest link works. */
  async closeOpen(tx: EntityManager, purpose: AccountTokenPurpose, email: string): Promise<number> {
    return affectedRows(
      await tx.query(`UPDATE account_tokens SET used_at = now() WHERE purpose = $1 AND lower(email) = lower($2) AND used_at IS NULL`, [
        purpose,
        email,
      ]),
    );
  }

  findByHash(purpose: AccountTokenPurpose, tokenHash: string): Promise<AccountTokenEntity | null> {
    return this.rows.one(`SELECT ${this.rows.columns('t')} FROM account_tokens t WHERE t.purpose = $1 AND t.token_hash = $2`, [
      purpose,
      tokenHash,
    ]);
  }

  /**
   * Uses the link up, inside the transaction of what it grants: true for the one caller that
   * found it open and unexpired, false for every other (a second use, a race, an expiry).
   */
  async claim(tx: EntityManager, id: string, userId: string): Promise<boolean> {
    const rows = (await tx.query(
      `UPDATE account_tokens SET used_at = now(), user_id = $2
        WHERE id = $1 AND used_at IS NULL AND expires_at > now() RETURNING id`,
      [id, userId],
    )) as [unknown[], number];
    return rows[0].length === 1;
  }

  async findForEmail(id: string): Promise<AccountTokenForEmail | null> {
    const [row] = (await this.tokens.query(
      `SELECT ${this.rows.columns('t')}, c.name AS cooperative_name, p.name AS partner_name
         FROM account_tokens t
         LEFT JOIN cooperatives c ON c.id = t.cooperative_id
         LEFT JOIN partners p ON p.id = t.partner_id
        WHERE t.id = $1`,
      [id],
    )) as Record<string, unknown>[];
    if (!row) return null;
    return {
      token: this.rows.hydrate(row),
      cooperativeName: (row.cooperative_name as string | null) ?? null,
      partnerName: (row.partner_name as string | null) ?? null,
    };
  }

  /** The outcome of the link's email, written with the consumption of its job. */
  emailOutcome(id: string, outcome: { sent: true } | { sent: false; error: string }): CompanionWrite {
    return {
      sql: `UPDATE account_tokens
               SET email_sent_at = CASE WHEN $2 THEN now() ELSE email_sent_at END, email_last_error = $3
             WHERE id = $1 AND ${CHANGED_MARKER}`,
      parameters: [id, outcome.sent, outcome.sent ? null : outcome.error],
    };
  }

  async recordEmailError(id: string, error: string): Promise<void> {
    await this.tokens.query(`UPDATE account_tokens SET email_last_error = $2 WHERE id = $1`, [id, error]);
  }
}
