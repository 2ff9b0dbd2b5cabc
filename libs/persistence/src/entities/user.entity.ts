import { Column, Entity, PrimaryColumn } from 'typeorm';

export type UserRole = 'ADMIN' | 'REVIEWER' | 'COOPERATIVE' | 'PARTNER';
export type Locale = 'id' | 'en';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') email: string;
  @Column('text', { name: 'password_hash', select: false }) passwordHash: string;
  @Column('text') role: UserRole;
  @Column('uuid', { name: 'cooperative_id', nullable: true }) cooperativeId: string | null;
  @Column('uuid', { name: 'partner_id', nullable: true }) partnerId: string | null;
  @Column('text') locale: Locale;
  @Column('text', { array: true }) stages: string[];
  @Column('text', { name: 'region_codes', array: true }) regionCodes: string[];
  @Column('boolean', { name: 'email_enabled' }) emailEnabled: boolean;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  /** Bumped by a password change, a reset or a disabling: tokens carrying an older one are refused. */
  @Column('integer', { name: 'token_version' }) tokenVersion: number;
  /** Set while an admin has disabled the account: it cannot log in and its tokens are refused. */
  @Column('timestamptz', { name: 'disabled_at', nullable: true }) disabledAt: Date | null;
}
