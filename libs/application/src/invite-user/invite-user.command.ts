/** An admin invites a person to an account: an officer, a partner user, a reviewer or an admin. */
export interface InviteUserCommand {
  email: string;
  role: 'COOPERATIVE' | 'PARTNER' | 'REVIEWER' | 'ADMIN';
  /** COOPERATIVE: the cooperative it will be an officer of. */
  cooperativeId?: string;
  /** PARTNER: the partner organisation it will act for. */
  partnerId?: string;
  /** REVIEWER: the stages it may decide (at least one). */
  stages?: string[];
  /** REVIEWER, ADMIN: regency or province codes covered; none means everywhere. */
  regionCodes?: string[];
  /** The language of the invitation and, later, of its notifications. */
  locale?: 'id' | 'en';
  /** The admin who invites. */
  invitedBy: string;
  correlationId: string;
}

export interface InvitationView {
  id: string;
  email: string;
  role: string;
  cooperativeId: string | null;
  partnerId: string | null;
  stages: string[];
  regionCodes: string[];
  locale: string;
  expiresAt: string;
  createdAt: string;
}
