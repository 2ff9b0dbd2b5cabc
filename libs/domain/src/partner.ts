/**
 * The vocabulary of partners and matches (docs/domain.md, Partner and Match), for matching later.
 */

/** What kind of organisation a partner is: state-owned, regional-government-owned, private, a bank, an exporter. */
export const PARTNER_TYPES = Object.freeze(['BUMN', 'BUMD', 'PRIVATE', 'BANK', 'EXPORTER'] as const);

export type PartnerType = (typeof PARTNER_TYPES)[number];

/** What a partner does for a cooperative; a plan's seekingRoles name the ones it wants. */
export const PARTNER_ROLES = Object.freeze(['OFFTAKER', 'DISTRIBUTOR', 'FINANCIER', 'EXPORTER'] as const);

export type PartnerRole = (typeof PARTNER_ROLES)[number];

/** A proposal starts PROPOSED; the partner accepts or declines it, or it expires unanswered. */
export const MATCH_STATUSES = Object.freeze(['PROPOSED', 'ACCEPTED', 'DECLINED', 'EXPIRED'] as const);

export type MatchStatus = (typeof MATCH_STATUSES)[number];

export function isPartnerType(value: unknown): value is PartnerType {
  return typeof value === 'string' && (PARTNER_TYPES as readonly string[]).includes(value);
}

export function isPartnerRole(value: unknown): value is PartnerRole {
  return typeof value === 'string' && (PARTNER_ROLES as readonly string[]).includes(value);
}

export function isMatchStatus(value: unknown): value is MatchStatus {
  return typeof value === 'string' && (MATCH_STATUSES as readonly string[]).includes(value);
}
