import type { DomainEventType } from '@kdmp/contracts';
import type { NotificationAudience, NotificationAudiences } from '@kdmp/i18n';

/**
 * Who hears what (docs/domain.md, "Notifications: who hears what"), as data. The notifier resolves
 * each kind to people: which kind means whom is fixed by the columns of that table.
 *
 * - COOPERATIVE_OFFICERS: the cooperative's own officers (pengurus), the "cooperative" column.
 * - STAGE_REVIEWERS: the reviewers assigned to a review stage (within their regions): the
 *   stage the event names (review.stage-opened, review.reminder), or, for
 *   cooperative.withdrawn, the stage that is open when the cooperative withdraws.
 * - PARTNER_USERS: a partner organisation's users: the matched partner (partner.matched,
 *   match.*: payload.partnerId), the partners of the proposals still open when a cooperative
 *   withdraws, or the new partner itself (partner.registered).
 * - REGION_ADMINS: the cooperative office's admins for the cooperative's region.
 */
export const RECIPIENT_KINDS = ['COOPERATIVE_OFFICERS', 'STAGE_REVIEWERS', 'PARTNER_USERS', 'REGION_ADMINS'] as const;

export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

export interface MatrixEntry {
  recipients: RecipientKind;
  /** The template key, `<event type>/<audience>`, e.g. 'cooperative.registered/cooperative'. */
  template: string;
  /**
   * Decisions and match offers: sent by email even when the recipient turned email off (in-app
   * is always sent anyway). See the note above RECIPIENT_MATRIX for which rows are critical.
   */
  critical: boolean;
}

/** The last part of a template key, by recipient kind. */
export const TEMPLATE_AUDIENCE = {
  COOPERATIVE_OFFICERS: 'cooperative',
  STAGE_REVIEWERS: 'reviewer',
  PARTNER_USERS: 'partner',
  REGION_ADMINS: 'admin',
} as const satisfies { readonly [K in RecipientKind]: NotificationAudience };

/** The recipient kinds whose audience is one of A. */
type KindsHearing<A extends NotificationAudience> = { [K in RecipientKind]: (typeof TEMPLATE_AUDIENCE)[K] extends A ? K : never }[RecipientKind];

export function templateKey(eventType: DomainEventType, recipients: RecipientKind): string {
  return `${eventType}/${TEMPLATE_AUDIENCE[recipients]}`;
}

/**
 * A filled cell. Typed by the catalogs' NotificationAudiences: a row for an audience that has no
 * template in the catalogs does not compile.
 */
function row<E extends DomainEventType>(eventType: E, recipients: KindsHearing<NotificationAudiences[E]>, critical: boolean): MatrixEntry {
  return { recipients, template: templateKey(eventType, recipients), critical };
}

const COOP = 'COOPERATIVE_OFFICERS';
const REVIEWERS = 'STAGE_REVIEWERS';
const PARTNER = 'PARTNER_USERS';
const ADMINS = 'REGION_ADMINS';

/**
 * The table of docs/domain.md, one row per (event, recipient kind) cell that is filled.
 *
 * Critical rows are those where a decision is made about the recipient's own application or
 * partnership, or where a match offer reaches (or is taken away from) one of its parties: a
 * missed email there costs a cooperative its financing or a partnership its deadline.
 *  - screening.failed → cooperative: an automated decision that sends the plan back for revision.
 *  - review.revision-requested → cooperative: a reviewer's decision; the cooperative must act.
 *  - financing.reviewed → cooperative: the financing decision and the approved amount.
 *  - partner.matched → cooperative and partner: the match offer; the partner must answer before
 *    it expires.
 *  - match.accepted / declined / expired → cooperative and partner: the outcome of the offer.
 *  - cooperative.withdrawn → partner: it takes back a match offer the partner may be acting on
 *    (in effect the outcome of that offer).
 * Not critical: welcomes, receipts, progress (screening.passed, stage opened or approved),
 * waiting notices, confirmations of one's own action (the cooperative's withdrawal), reviewer
 * work lists and reminders, and everything to admins: admins oversee the pipeline rather than
 * being a party to its decisions, and read it in-app and in the funnel statistics. An
 * escalation is a call to act, not a decision, and so follows the admin's preference too.
 */
export const RECIPIENT_MATRIX: { readonly [E in DomainEventType]: readonly MatrixEntry[] } = {
  // welcome; new cooperative in their region
  'cooperative.registered': [row('cooperative.registered', COOP, false), row('cooperative.registered', ADMINS, false)],
  // receipt
  'business-plan.submitted': [row('business-plan.submitted', COOP, false)],
  // result (progress)
  'screening.passed': [row('screening.passed', COOP, false)],
  // result, with reasons: a decision
  'screening.failed': [row('screening.failed', COOP, true)],
  // progress; the stage's reviewers: work waiting
  'review.stage-opened': [row('review.stage-opened', COOP, false), row('review.stage-opened', REVIEWERS, false)],
  // progress
  'review.stage-approved': [row('review.stage-approved', COOP, false)],
  // what to change: a decision
  'review.revision-requested': [row('review.revision-requested', COOP, true)],
  // decision and amount; decision (admins oversee)
  'financing.reviewed': [row('financing.reviewed', COOP, true), row('financing.reviewed', ADMINS, false)],
  // the proposal; the match with the cooperative's profile: both parties of a match offer
  'partner.matched': [row('partner.matched', COOP, true), row('partner.matched', PARTNER, true)],
  // waiting for a partner; a cooperative without partner
  'partner.none-found': [row('partner.none-found', COOP, false), row('partner.none-found', ADMINS, false)],
  // outcome; confirmation; outcome
  'match.accepted': [row('match.accepted', COOP, true), row('match.accepted', PARTNER, true), row('match.accepted', ADMINS, false)],
  'match.declined': [row('match.declined', COOP, true), row('match.declined', PARTNER, true), row('match.declined', ADMINS, false)],
  'match.expired': [row('match.expired', COOP, true), row('match.expired', PARTNER, true), row('match.expired', ADMINS, false)],
  // confirmation; the open stage's reviewers; open proposals' partners; withdrawal
  'cooperative.withdrawn': [
    row('cooperative.withdrawn', COOP, false),
    row('cooperative.withdrawn', REVIEWERS, false),
    row('cooperative.withdrawn', PARTNER, true),
    row('cooperative.withdrawn', ADMINS, false),
  ],
  // reminder for the stage's reviewers
  'review.reminder': [row('review.reminder', REVIEWERS, false)],
  // escalation for admins
  'review.escalated': [row('review.escalated', ADMINS, false)],
  // welcome for the new partner's users
  'partner.registered': [row('partner.registered', PARTNER, false)],
  'partner.updated': [row('partner.updated', PARTNER, false)],
};

/** The matrix rows of one event type (none for a type the matrix does not know, at run time). */
export function recipientsFor(eventType: DomainEventType): readonly MatrixEntry[] {
  return RECIPIENT_MATRIX[eventType] ?? [];
}
