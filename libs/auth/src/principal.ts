import type { Actor } from '@kdmp/contracts';

export const ROLES = ['ADMIN', 'REVIEWER', 'COOPERATIVE', 'PARTNER'] as const;
export type Role = (typeof ROLES)[number];

/** The caller of a request, as loaded from the database for every request. */
export interface Principal {
  userId: string;
  email: string;
  role: Role;
  cooperativeId: string | null;
  partnerId: string | null;
  /** REVIEWER: the stages it may decide. */
  stages: string[];
  /** REVIEWER (optionally ADMIN): regency or province codes covered; empty means everywhere. */
  regionCodes: string[];
  locale: 'id' | 'en';
}

/** Human commands record the user who gave them. */
export const actorOf = (principal: Principal): Actor & { type: 'USER' } => ({ type: 'USER', userId: principal.userId });
