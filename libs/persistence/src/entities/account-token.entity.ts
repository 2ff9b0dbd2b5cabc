import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Locale, UserRole } from './user.entity';

export type AccountTokenPurpose = 'INVITATION' | 'PASSWORD_RESET';

/**
 * A single-use link sent by email: an invitation to create an account, or a password reset.
 * Only the hash of its token is stored; the token itself is derived from the id with the
 * server's secret when the email is written (libs/auth, AccountTokenSigner).
 */
@Entity({ name: 'account_tokens' })
export class AccountTokenEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') purpose: AccountTokenPurpose;
  @Column('text', { name: 'token_hash' }) tokenHash: string;
  @Column('text') email: string;
  @Column('uuid', { name: 'user_id', nullable: true }) userId: string | null;
  @Column('text', { nullable: true }) role: UserRole | null;
  @Column('uuid', { name: 'cooperative_id', nullable: true }) cooperativeId: string | null;
  @Column('uuid', { name: 'partner_id', nullable: true }) partnerId: string | null;
  @Column('text', { array: true }) stages: string[];
  @Column('text', { name: 'region_codes', array: true }) regionCodes: string[];
  @Column('text') locale: Locale;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'used_at', nullable: true }) usedAt: Date | null;
  @Column('timestamptz', { name: 'email_sent_at', nullable: true }) emailSentAt: Date | null;
  @Column('text', { name: 'email_last_error', nullable: true }) emailLastError: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
