import type { DomainEventPayloads, DomainEventType } from '@kdmp/contracts';
import {
  CATALOGS,
  type Catalog,
  catalogFor,
  DEFAULT_LOCALE,
  formatConjunction,
  formatDateTime,
  formatDecimal,
  isLocale,
  labelOf,
  type Locale,
  LOCALES,
  type NotificationArgs,
  type NotificationTemplate,
  type Paragraph,
  screeningReasonText,
  text,
} from '@kdmp/i18n';
import { NotificationError } from './notification-error';

/**
 * Notifications rendered from the message catalogs (@kdmp/i18n): a template key names an
 * event and an audience, the recipient's catalog holds the template, and this module gives it
 * the event's payload with the parts every template needs already worded in that language.
 */

/** What the notifier knows about the cooperative an event concerns (its public profile). */
export interface CooperativeProfile {
  name: string;
  village: string;
  district: string;
  regency: string;
  regionCode: string;
}

/**
 * Everything a template may use. The payload is typed by the event when E is known; the
 * notifier, holding any event, passes the loose form (E = every event type).
 */
export interface TemplateContext<E extends DomainEventType = DomainEventType> {
  eventType: E;
  payload: DomainEventPayloads[E];
  /** When the event happened (ISO 8601). */
  occurredAt: string;
  cooperative?: CooperativeProfile;
  partner?: { name: string };
  /** The person addressed; when given, the body opens with a salutation. */
  recipientName?: string;
}

export interface RenderedNotification {
  /** Short: the in-app heading and the email subject. */
  title: string;
  /** Two to four sentences of plain text (a screening failure adds its reasons as a list). */
  body: string;
}

type AnyTemplate = NotificationTemplate<DomainEventType>;

/** The template a key names in a catalog, or undefined. */
function templateIn(catalog: Catalog, key: string): { event: DomainEventType; render: AnyTemplate } | undefined {
  const slash = key.lastIndexOf('/');
  if (slash <= 0) return undefined;
  const event = key.slice(0, slash);
  const audience = key.slice(slash + 1);
  const templates = catalog.notifications.templates as unknown as Record<string, Record<string, AnyTemplate> | undefined>;
  if (!Object.prototype.hasOwnProperty.call(templates, event)) return undefined;
  const byAudience = templates[event]!;
  if (!Object.prototype.hasOwnProperty.call(byAudience, audience)) return undefined;
  return { event: event as DomainEventType, render: byAudience[audience] };
}

/** Every template key, `<event type>/<audience>`, as the reference catalog (Bahasa Indonesia) holds them. */
export function templateKeys(): string[] {
  return Object.entries(CATALOGS[DEFAULT_LOCALE].notifications.templates).flatMap(([event, byAudience]) =>
    Object.keys(byAudience).map((audience) => `${event}/${audience}`),
  );
}

/** The event type a template is written for. */
export function templateEvent(template: string): DomainEventType {
  return lookup(template, DEFAULT_LOCALE).event;
}

/**
 * Renders a template in a locale. Throws a NotificationError for an unknown template
 * (UNKNOWN_TEMPLATE), a locale no catalog is registered for (UNSUPPORTED_LOCALE), or a
 * context whose event type is not the template's (TEMPLATE_EVENT_MISMATCH).
 */
export function renderNotification(template: string, locale: Locale, context: TemplateContext): RenderedNotification {
  if (!isLocale(locale)) {
    throw new NotificationError(
      'UNSUPPORTED_LOCALE',
      `Unsupported notification locale ${JSON.stringify(locale)}; expected one of: ${LOCALES.join(', ')}.`,
    );
  }
  const found = lookup(template, locale);
  if (context.eventType !== found.event) {
    throw new NotificationError(
      'TEMPLATE_EVENT_MISMATCH',
      `Template "${template}" is for ${found.event} events, but the context is a ${String(context.eventType)} event.`,
    );
  }
  const catalog = catalogFor(locale);
  const written = found.render(argsFor(catalog, locale, context));
  const salutation = text(context.recipientName);
  return {
    title: written.title,
    body: [salutation === undefined ? undefined : catalog.notifications.words.salutation(salutation), ...written.body.map(paragraph)]
      .filter((part): part is string => typeof part === 'string' && part.length > 0)
      .join('\n\n'),
  };
}

function lookup(template: string, locale: Locale): { event: DomainEventType; render: AnyTemplate } {
  const found = templateIn(catalogFor(locale), template);
  if (found === undefined) {
    throw new NotificationError(
      'UNKNOWN_TEMPLATE',
      `Unknown notification template ${JSON.stringify(template)}; templates are named "<event type>/<audience>", e.g. "cooperative.registered/cooperative".`,
    );
  }
  return found;
}

/** A paragraph's sentences joined with spaces, the empty ones skipped. */
function paragraph(part: Paragraph): string {
  if (typeof part === 'string') return part;
  return part.filter((sentence): sentence is string => typeof sentence === 'string' && sentence.length > 0).join(' ');
}

/** The cooperative's name as known from the context (or, at registration, the payload). */
function cooperativeName(context: TemplateContext): string | undefined {
  const fromProfile = text(context.cooperative?.name);
  if (fromProfile !== undefined) return fromProfile;
  if (context.eventType === 'cooperative.registered') {
    return text((context.payload as DomainEventPayloads['cooperative.registered']).name);
  }
  return undefined;
}

function argsFor(catalog: Catalog, locale: Locale, context: TemplateContext): NotificationArgs<DomainEventType> {
  const words = catalog.notifications.words;
  const tag = catalog.meta.intlLocale;
  const list = (items: readonly string[]) => formatConjunction(items, tag);
  const name = cooperativeName(context);
  const theCooperative = name ?? words.aCooperative;
  const place = placeOf(context.cooperative, words.regionCode);
  const partnerName = text(context.partner?.name);
  return {
    payload: context.payload,
    when: formatDateTime(context.occurredAt, tag),
    cooperativeName: name,
    ownCooperative: name ?? words.yourCooperative,
    theCooperative,
    theCooperativeAt: place === undefined ? theCooperative : `${theCooperative} (${place})`,
    place,
    partnerName,
    partner: partnerName ?? words.thePartner,
    date: (iso) => formatDateTime(iso, tag),
    number: (value) => formatDecimal(value, tag),
    list,
    stage: (code) => labelOf(catalog.reviewStages, code),
    role: (code) => labelOf(catalog.partnerRoles, code),
    roles: (codes) => (codes.length === 0 ? undefined : list(codes.map((code) => labelOf(catalog.partnerRoles, code)))),
    screeningReason: (reason) => screeningReasonText(reason, locale),
    regions: (codes) => {
      const known = (codes ?? []).map(text).filter((code): code is string => code !== undefined);
      if (known.length === 0 || known.some((code) => code.toUpperCase() === 'NATIONAL')) return words.allOfIndonesia;
      return words.regionCodes(list(known));
    },
  };
}

/** Village, district, regency and region code: "Loa Ipuh, Tenggarong, Kutai Kartanegara; kode wilayah 64.02.01.2001". */
function placeOf(cooperative: CooperativeProfile | undefined, regionCode: (code: string) => string): string | undefined {
  if (cooperative === undefined) return undefined;
  const names = [cooperative.village, cooperative.district, cooperative.regency].map(text).filter((name) => name !== undefined);
  const code = text(cooperative.regionCode);
  const parts = [names.join(', '), code === undefined ? undefined : regionCode(code)].filter(
    (part): part is string => part !== undefined && part.length > 0,
  );
  return parts.length === 0 ? undefined : parts.join('; ');
}
