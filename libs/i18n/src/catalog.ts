import type { DomainEventPayloads, DomainEventType } from '@kdmp/contracts';
import type {
  ActorKind,
  BankAccountPart,
  CooperativeState,
  DefaultReviewStage,
  MatchReasonCode,
  MatchReasonParams,
  MatchStatus,
  PartnerRole,
  PartnerType,
  ReviewDecision,
  ScreeningFailureCode,
  ScreeningFailureParams,
  Sector,
  VILLAGE_KINDS,
} from '@kdmp/domain';

/**
 * The shape of a language's message catalog: every word the system shows, by key. Each
 * language is one file in ./catalogs typed `Catalog`, so a key missing in any language (or a
 * code added to the domain without words) fails the type-check and the build. Keys that are
 * domain codes (states, sectors, roles, stages, reasons) are typed from the domain's own lists.
 *
 * Entries are strings, or functions of typed parameters where a text names values. Catalogs
 * import only ../format and ../wording (pure, no Node-only module): the console bundles them.
 */
export interface Catalog {
  readonly meta: {
    /** The BCP 47 tag dates, numbers and lists are formatted with, e.g. `id-ID`. */
    readonly intlLocale: string;
    /** The language's name in itself, for a language switch. */
    readonly languageName: string;
  };
  readonly cooperativeStates: Readonly<Record<CooperativeState, string>>;
  readonly sectors: Readonly<Record<Sector, string>>;
  /** The user roles (and SYSTEM, the workers and timers that act on their own). */
  readonly actorKinds: Readonly<Record<ActorKind, string>>;
  readonly reviewStages: Readonly<Record<DefaultReviewStage, string>>;
  readonly reviewDecisions: Readonly<Record<ReviewDecision, string>>;
  readonly partnerTypes: Readonly<Record<PartnerType, string>>;
  readonly partnerRoles: Readonly<Record<PartnerRole, string>>;
  readonly matchStatuses: Readonly<Record<MatchStatus, string>>;
  readonly villageKinds: Readonly<Record<VillageKind, string>>;
  readonly bankAccountParts: Readonly<Record<BankAccountPart, string>>;
  /** What a partner may change in its profile (partner.updated's `changes`). */
  readonly partnerProfileFields: Readonly<Record<PartnerProfileField, string>>;
  /** One sentence (or two) per screening rule an officer reads when it fails. */
  readonly screeningReasons: ScreeningReasonTexts;
  /** One phrase per component behind a match score. */
  readonly matchReasons: MatchReasonTexts;
  readonly notifications: {
    readonly words: NotificationWords;
    readonly templates: NotificationTemplates;
  };
  /** The emails of account links: an invitation, a password reset. */
  readonly accountEmails: AccountEmailTexts;
}

// Account emails -------------------------------------------------------------------------------

/** An invitation's or a reset's email: the subject and the plain-text body. */
export interface AccountEmailText {
  readonly subject: string;
  readonly text: string;
}

/** What the link of an account email needs, already worded in the reader's language by the renderer. */
export interface AccountLinkArgs {
  /** The link that opens the page where the password is set. */
  readonly link: string;
  /** The token itself, for a client that calls the API directly. */
  readonly token: string;
  /** When the link stops working, in the reader's language, Jakarta time. */
  readonly expires: string;
}

export interface InvitationArgs extends AccountLinkArgs {
  readonly role: Exclude<ActorKind, 'SYSTEM'>;
  readonly cooperativeName: string | undefined;
  readonly partnerName: string | undefined;
  /** A reviewer's stages, named and joined as a list. */
  readonly stages: string;
}

export interface AccountEmailTexts {
  readonly invitation: (args: InvitationArgs) => AccountEmailText;
  readonly passwordReset: (args: AccountLinkArgs) => AccountEmailText;
}

export type VillageKind = (typeof VILLAGE_KINDS)[number];

/** What partner.updated's `changes` may name: the editable profile fields and the webhook secret. */
export const PARTNER_PROFILE_FIELDS = [
  'roles',
  'capacity',
  'regionCodes',
  'sectors',
  'commodities',
  'webhookUrl',
  'contactEmail',
  'webhookSecret',
] as const;

export type PartnerProfileField = (typeof PARTNER_PROFILE_FIELDS)[number];

export type ScreeningReasonTexts = { readonly [C in ScreeningFailureCode]: (params: ScreeningFailureParams[C]) => string };

export type MatchReasonTexts = { readonly [C in MatchReasonCode]: (params: MatchReasonParams[C]) => string };

// Notifications --------------------------------------------------------------------------------

/** Whom a notification template addresses (the last part of a template key). */
export type NotificationAudience = 'cooperative' | 'reviewer' | 'partner' | 'admin';

/**
 * Which audiences hear each event: the filled cells of the recipient matrix (docs/domain.md, "who
 * hears what"; @kdmp/notifications' RECIPIENT_MATRIX). Every event type must appear.
 */
export interface NotificationAudiences {
  'cooperative.registered': 'cooperative' | 'admin';
  'business-plan.submitted': 'cooperative';
  'screening.passed': 'cooperative';
  'screening.failed': 'cooperative';
  'review.stage-opened': 'cooperative' | 'reviewer';
  'review.stage-approved': 'cooperative';
  'review.revision-requested': 'cooperative';
  'financing.reviewed': 'cooperative' | 'admin';
  'partner.matched': 'cooperative' | 'partner';
  'partner.none-found': 'cooperative' | 'admin';
  'match.accepted': 'cooperative' | 'partner' | 'admin';
  'match.declined': 'cooperative' | 'partner' | 'admin';
  'match.expired': 'cooperative' | 'partner' | 'admin';
  'cooperative.withdrawn': 'cooperative' | 'reviewer' | 'partner' | 'admin';
  'review.reminder': 'reviewer';
  'review.escalated': 'admin';
  'partner.registered': 'partner';
  'partner.updated': 'partner';
}

/** A template key: `<event type>/<audience>`, e.g. `cooperative.registered/admin`. */
export type NotificationTemplateKey = { [E in DomainEventType]: `${E}/${NotificationAudiences[E]}` }[DomainEventType];

/** Words every template may use, and from which the renderer builds NotificationArgs. */
export interface NotificationWords {
  /** Opens the body when the recipient's name is known. */
  readonly salutation: (name: string) => string;
  /** The reader's own cooperative when its name is unknown. */
  readonly yourCooperative: string;
  /** Someone else's cooperative when its name is unknown. */
  readonly aCooperative: string;
  /** The partner of a match when its name is unknown. */
  readonly thePartner: string;
  /** "kode wilayah 64.02.01.2001" */
  readonly regionCode: (code: string) => string;
  /** "kode wilayah 64.02 dan 64", given the codes already joined as a list. */
  readonly regionCodes: (codes: string) => string;
  /** A partner serving the whole country (no region code, or NATIONAL). */
  readonly allOfIndonesia: string;
  /** A screening failure listed without details (an old event without reasons). */
  readonly noDetails: string;
}

/**
 * What a template is given: the event's payload, and the parts every template needs already
 * worded in the reader's language by the renderer (so that each catalog only says sentences).
 */
export interface NotificationArgs<E extends DomainEventType> {
  readonly payload: DomainEventPayloads[E];
  /** When the event happened, in the reader's language, Jakarta time. */
  readonly when: string;
  /** The cooperative's name, when known: titles name it after a colon. */
  readonly cooperativeName: string | undefined;
  /** The reader's own cooperative: its name, or `words.yourCooperative`. */
  readonly ownCooperative: string;
  /** Someone else's cooperative: its name, or `words.aCooperative`. */
  readonly theCooperative: string;
  /** theCooperative followed by where it is, when known: "X (Loa Ipuh, Tenggarong, Kutai Kartanegara; kode wilayah …)". */
  readonly theCooperativeAt: string;
  /** Village, district, regency and region code, when the cooperative's profile is known. */
  readonly place: string | undefined;
  /** The partner's name, when known. */
  readonly partnerName: string | undefined;
  /** The partner's name, or `words.thePartner`. */
  readonly partner: string;
  /** Helpers in the reader's language. */
  readonly date: (iso: string) => string;
  readonly number: (value: number) => string;
  readonly list: (items: readonly string[]) => string;
  /** A review stage's name; a stage configured beyond the defaults shows its code. */
  readonly stage: (code: string) => string;
  /** A partner role's name; an unknown role shows its code. */
  readonly role: (code: string) => string;
  /** Partner roles' names as a list, or undefined when there are none. */
  readonly roles: (codes: readonly string[]) => string | undefined;
  /** A screening failure (as the event holds it) as a sentence. */
  readonly screeningReason: (reason: StoredReason) => string;
  /** The regions a partner serves, or the whole country. */
  readonly regions: (codes: readonly string[] | undefined) => string;
}

/** A sentence, or nothing (skipped when the body is joined). */
export type Sentence = string | false | null | undefined;

/** A paragraph: one text, or sentences joined with spaces (the empty ones skipped). */
export type Paragraph = string | readonly Sentence[];

export interface NotificationText {
  /** Short, one line: the in-app heading and the email subject. */
  readonly title: string;
  /** Paragraphs, separated by a blank line; the renderer puts the salutation first. */
  readonly body: readonly Paragraph[];
}

export type NotificationTemplate<E extends DomainEventType> = (args: NotificationArgs<E>) => NotificationText;

export type NotificationTemplates = {
  readonly [E in DomainEventType]: { readonly [A in NotificationAudiences[E]]: NotificationTemplate<E> };
};

/**
 * A reason as stored in an event, a plan or a match: its code and parameters. Records written
 * before the catalogs carried their sentences instead (`message` for a screening failure, `id`
 * and `en` for a match reason); those are shown as written.
 */
export interface StoredReason {
  readonly code: string;
  readonly params?: unknown;
  readonly message?: Readonly<Record<string, string>>;
  readonly id?: unknown;
  readonly en?: unknown;
}
