import type { DomainEventPayloads, DomainEventType, ScreeningFailureReason } from '@kdmp/contracts';
import { formatDate, formatList, formatNumber, formatRupiah, isNotificationLocale, NOTIFICATION_LOCALES, type NotificationLocale } from './format';
import { partnerRoleName, stageName } from './labels';
import { NotificationError } from './notification-error';
import { missingIdentifiersRequest, profileUpdatedText } from './profile-texts';

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

type Render<E extends DomainEventType> = (ctx: TemplateContext<E>) => RenderedNotification;

interface Template {
  event: DomainEventType;
  render: Record<NotificationLocale, (ctx: TemplateContext) => RenderedNotification>;
}

const TEMPLATES = new Map<string, Template>();

type Audience = 'cooperative' | 'reviewer' | 'partner' | 'admin';

function define<E extends DomainEventType>(event: E, audience: Audience, id: Render<E>, en: Render<E>): void {
  const key = `${event}/${audience}`;
  if (TEMPLATES.has(key)) throw new Error(`Template ${key} is defined twice`);
  // Safe: renderNotification checks that the context's event type is the template's.
  TEMPLATES.set(key, {
    event,
    render: { id: (ctx) => id(ctx as TemplateContext<E>), en: (ctx) => en(ctx as TemplateContext<E>) },
  });
}

/** Every template key, `<event type>/<audience>`, in definition order. */
export function templateKeys(): string[] {
  return [...TEMPLATES.keys()];
}

/** The event type a template is written for. */
export function templateEvent(template: string): DomainEventType {
  return lookup(template).event;
}

/**
 * Renders a template in a locale. Throws a NotificationError for an unknown template
 * (UNKNOWN_TEMPLATE), an unsupported locale (UNSUPPORTED_LOCALE), or a context whose event
 * type is not the template's (TEMPLATE_EVENT_MISMATCH).
 */
export function renderNotification(template: string, locale: NotificationLocale, context: TemplateContext): RenderedNotification {
  const found = lookup(template);
  if (!isNotificationLocale(locale)) {
    throw new NotificationError(
      'UNSUPPORTED_LOCALE',
      `Unsupported notification locale ${JSON.stringify(locale)}; expected one of: ${NOTIFICATION_LOCALES.join(', ')}.`,
    );
  }
  if (context.eventType !== found.event) {
    throw new NotificationError(
      'TEMPLATE_EVENT_MISMATCH',
      `Template "${template}" is for ${found.event} events, but the context is a ${String(context.eventType)} event.`,
    );
  }
  return found.render[locale](context);
}

function lookup(template: string): Template {
  const found = TEMPLATES.get(template);
  if (found === undefined) {
    throw new NotificationError(
      'UNKNOWN_TEMPLATE',
      `Unknown notification template ${JSON.stringify(template)}; templates are named "<event type>/<audience>", e.g. "cooperative.registered/cooperative".`,
    );
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Building blocks

type Part = string | false | null | undefined;

/** Joins the given sentences with spaces, skipping the empty ones. */
function sentences(...parts: Part[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join(' ');
}

/** The body: an optional salutation, then paragraphs separated by a blank line. */
function body(ctx: TemplateContext, locale: NotificationLocale, ...paragraphs: Part[]): string {
  const name = text(ctx.recipientName);
  const salutation = name === undefined ? undefined : locale === 'id' ? `Yth. Bapak/Ibu ${name},` : `Dear ${name},`;
  return [salutation, ...paragraphs].filter((part): part is string => typeof part === 'string' && part.length > 0).join('\n\n');
}

/** A free text (a comment, a reason) trimmed, or undefined when absent or blank. */
function text(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed.length === 0 ? undefined : trimmed;
}

function quoted(value: string): string {
  return `"${value}"`;
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

function when(ctx: TemplateContext, locale: NotificationLocale): string {
  return formatDate(ctx.occurredAt, locale);
}

/** The cooperative's name as known from the context (or, at registration, the payload). */
function cooperativeName(ctx: TemplateContext): string | undefined {
  const fromProfile = text(ctx.cooperative?.name);
  if (fromProfile !== undefined) return fromProfile;
  if (ctx.eventType === 'cooperative.registered') {
    return text((ctx.payload as DomainEventPayloads['cooperative.registered']).name);
  }
  return undefined;
}

/** The recipient's own cooperative: its name, or "koperasi Anda" / "your cooperative". */
function ownCooperative(ctx: TemplateContext, locale: NotificationLocale): string {
  return cooperativeName(ctx) ?? (locale === 'id' ? 'koperasi Anda' : 'your cooperative');
}

/** Someone else's cooperative: its name, or "sebuah koperasi" / "a cooperative". */
function theCooperative(ctx: TemplateContext, locale: NotificationLocale): string {
  return cooperativeName(ctx) ?? (locale === 'id' ? 'sebuah koperasi' : 'a cooperative');
}

/** Village, district, regency and region code, when the context has the cooperative's profile. */
function place(ctx: TemplateContext, locale: NotificationLocale): string | undefined {
  const cooperative = ctx.cooperative;
  if (cooperative === undefined) return undefined;
  const names = [cooperative.village, cooperative.district, cooperative.regency].map(text).filter((name) => name !== undefined);
  const code = text(cooperative.regionCode);
  const codeText = code === undefined ? undefined : locale === 'id' ? `kode wilayah ${code}` : `region code ${code}`;
  const parts = [names.join(', '), codeText].filter((part): part is string => part !== undefined && part.length > 0);
  return parts.length === 0 ? undefined : parts.join('; ');
}

/** Someone else's cooperative with where it is: "X (Loa Ipuh, Tenggarong, Kutai Kartanegara; kode wilayah ...)". */
function theCooperativeAt(ctx: TemplateContext, locale: NotificationLocale): string {
  const where = place(ctx, locale);
  return where === undefined ? theCooperative(ctx, locale) : `${theCooperative(ctx, locale)} (${where})`;
}

/** A title naming the cooperative after a colon, or just the base when the name is unknown. */
function named(base: string, name: string | undefined): string {
  return name === undefined ? base : `${base}: ${name}`;
}

function knownPartner(ctx: TemplateContext): string | undefined {
  return text(ctx.partner?.name);
}

function partnerName(ctx: TemplateContext, locale: NotificationLocale): string {
  return text(ctx.partner?.name) ?? (locale === 'id' ? 'calon mitra' : 'the partner');
}

function stage(code: string, locale: NotificationLocale): string {
  return stageName(code, locale);
}

function roles(codes: readonly string[], locale: NotificationLocale): string | undefined {
  const names = codes.map((code) => partnerRoleName(code, locale));
  return names.length === 0 ? undefined : formatList(names, locale);
}

function screeningReason(reason: ScreeningFailureReason, locale: NotificationLocale): string {
  const other: NotificationLocale = locale === 'id' ? 'en' : 'id';
  return text(reason.message?.[locale]) ?? text(reason.message?.[other]) ?? reason.code;
}

function reasonList(reasons: readonly ScreeningFailureReason[] | undefined, locale: NotificationLocale): string {
  if (reasons === undefined || reasons.length === 0) {
    return locale === 'id' ? '- (rincian tidak tersedia)' : '- (no details available)';
  }
  return reasons.map((reason) => `- ${screeningReason(reason, locale)}`).join('\n');
}

/** Regions a partner serves: the codes, or the whole country when none (or NATIONAL) is given. */
function regions(codes: readonly string[] | undefined, locale: NotificationLocale): string {
  const list = (codes ?? []).map(text).filter((code): code is string => code !== undefined);
  if (list.length === 0 || list.some((code) => code.toUpperCase() === 'NATIONAL')) {
    return locale === 'id' ? 'seluruh Indonesia' : 'all of Indonesia';
  }
  return locale === 'id' ? `kode wilayah ${formatList(list, locale)}` : `region codes ${formatList(list, locale)}`;
}

// ---------------------------------------------------------------------------------------------
// The templates, in the order of domain.md's table. Indonesian first: it is the default.

// cooperative.registered ----------------------------------------------------------------------

define(
  'cooperative.registered',
  'cooperative',
  (ctx) => ({
    title: `Selamat datang, ${ownCooperative(ctx, 'id')}`,
    body: body(
      ctx,
      'id',
      sentences(
        `${capitalise(ownCooperative(ctx, 'id'))} telah terdaftar dalam sistem pembiayaan dan kemitraan Koperasi Desa/Kelurahan Merah Putih pada ${when(ctx, 'id')}.`,
        'Langkah berikutnya adalah menyusun dan mengajukan rencana bisnis koperasi.',
        missingIdentifiersRequest(ctx.payload.missingIdentifiers, 'id'),
      ),
    ),
  }),
  (ctx) => ({
    title: `Welcome, ${ownCooperative(ctx, 'en')}`,
    body: body(
      ctx,
      'en',
      sentences(
        `${capitalise(ownCooperative(ctx, 'en'))} was registered in the Koperasi Desa/Kelurahan Merah Putih financing and partnership system on ${when(ctx, 'en')}.`,
        "The next step is to prepare and submit the cooperative's business plan.",
        missingIdentifiersRequest(ctx.payload.missingIdentifiers, 'en'),
      ),
    ),
  }),
);

define(
  'cooperative.registered',
  'admin',
  (ctx) => {
    const kind = ctx.payload.kind === 'KELURAHAN' ? 'kelurahan' : 'desa';
    const where = place(ctx, 'id') ?? `kode wilayah ${ctx.payload.regionCode}`;
    return {
      title: named('Koperasi baru terdaftar', cooperativeName(ctx)),
      body: body(
        ctx,
        'id',
        sentences(
          `${capitalise(theCooperative(ctx, 'id'))}, koperasi ${kind} di wilayah Anda (${where}), telah terdaftar pada ${when(ctx, 'id')}.`,
          'Mohon pantau kelengkapan data koperasi tersebut agar rencana bisnisnya dapat segera diproses.',
        ),
      ),
    };
  },
  (ctx) => {
    const kind = ctx.payload.kind === 'KELURAHAN' ? 'urban ward (kelurahan)' : 'village (desa)';
    const where = place(ctx, 'en') ?? `region code ${ctx.payload.regionCode}`;
    return {
      title: named('New cooperative registered', cooperativeName(ctx)),
      body: body(
        ctx,
        'en',
        sentences(
          `${capitalise(theCooperative(ctx, 'en'))}, a ${kind} cooperative in your region (${where}), was registered on ${when(ctx, 'en')}.`,
          "Please keep an eye on the completeness of the cooperative's records so that its business plan can be processed without delay.",
        ),
      ),
    };
  },
);

// business-plan.submitted ---------------------------------------------------------------------

define(
  'business-plan.submitted',
  'cooperative',
  (ctx) => ({
    title: 'Rencana bisnis telah diterima',
    body: body(
      ctx,
      'id',
      sentences(
        `Rencana bisnis ${ownCooperative(ctx, 'id')} (nomor revisi ${ctx.payload.revision}) dengan nilai pengajuan pembiayaan ${formatRupiah(ctx.payload.requestedAmount)} telah kami terima pada ${when(ctx, 'id')}.`,
        `Rencana bisnis akan diperiksa secara otomatis berdasarkan kebijakan pembiayaan versi ${ctx.payload.policyVersion}.`,
        'Hasil pemeriksaan akan kami sampaikan melalui sistem ini.',
      ),
    ),
  }),
  (ctx) => ({
    title: 'Business plan received',
    body: body(
      ctx,
      'en',
      sentences(
        `We received the business plan of ${ownCooperative(ctx, 'en')} (revision no. ${ctx.payload.revision}), requesting financing of ${formatRupiah(ctx.payload.requestedAmount)}, on ${when(ctx, 'en')}.`,
        `The plan will now be screened automatically against financing policy version ${ctx.payload.policyVersion}.`,
        'We will let you know the result here.',
      ),
    ),
  }),
);

// screening.passed / screening.failed ---------------------------------------------------------

define(
  'screening.passed',
  'cooperative',
  (ctx) => ({
    title: 'Rencana bisnis lolos pemeriksaan awal',
    body: body(
      ctx,
      'id',
      sentences(
        `Rencana bisnis ${ownCooperative(ctx, 'id')} telah lolos pemeriksaan awal sesuai kebijakan pembiayaan versi ${ctx.payload.policyVersion}.`,
        'Selanjutnya rencana bisnis akan ditinjau oleh peninjau dari Dinas Koperasi dan bank mitra secara bertahap.',
        'Setiap perkembangan akan kami sampaikan kepada Anda.',
      ),
    ),
  }),
  (ctx) => ({
    title: 'Business plan passed screening',
    body: body(
      ctx,
      'en',
      sentences(
        `The business plan of ${ownCooperative(ctx, 'en')} passed the automated screening under financing policy version ${ctx.payload.policyVersion}.`,
        'It now goes to reviewers from the cooperative office and partner banks, stage by stage.',
        'We will keep you informed of every step.',
      ),
    ),
  }),
);

define(
  'screening.failed',
  'cooperative',
  (ctx) => ({
    title: 'Rencana bisnis perlu diperbaiki',
    body: body(
      ctx,
      'id',
      `Pemeriksaan awal atas rencana bisnis ${ownCooperative(ctx, 'id')} berdasarkan kebijakan pembiayaan versi ${ctx.payload.policyVersion} menemukan hal-hal berikut yang perlu diperbaiki:\n${reasonList(ctx.payload.reasons, 'id')}`,
      sentences(
        'Mohon perbaiki data koperasi atau rencana bisnis sesuai catatan di atas.',
        'Setelah itu, rencana bisnis dapat diajukan kembali melalui sistem ini.',
      ),
    ),
  }),
  (ctx) => ({
    title: 'Business plan needs corrections',
    body: body(
      ctx,
      'en',
      `The automated screening of the business plan of ${ownCooperative(ctx, 'en')} under financing policy version ${ctx.payload.policyVersion} found the following to correct:\n${reasonList(ctx.payload.reasons, 'en')}`,
      sentences(
        "Please correct the cooperative's records or the business plan as listed above.",
        'You can then submit the business plan again here.',
      ),
    ),
  }),
);

// review.stage-opened -------------------------------------------------------------------------

define(
  'review.stage-opened',
  'cooperative',
  (ctx) => ({
    title: `Rencana bisnis memasuki tahap ${stage(ctx.payload.stage, 'id')}`,
    body: body(
      ctx,
      'id',
      sentences(
        `Rencana bisnis ${ownCooperative(ctx, 'id')} kini berada pada tahap ${stage(ctx.payload.stage, 'id')}.`,
        `Tahap ini dijadwalkan selesai paling lambat ${formatDate(ctx.payload.deadlineAt, 'id')}.`,
        'Hasilnya akan kami sampaikan kepada Anda.',
      ),
    ),
  }),
  (ctx) => ({
    title: `Business plan now in ${stage(ctx.payload.stage, 'en')}`,
    body: body(
      ctx,
      'en',
      sentences(
        `The business plan of ${ownCooperative(ctx, 'en')} has moved to the ${stage(ctx.payload.stage, 'en')} stage.`,
        `This stage is due to be completed by ${formatDate(ctx.payload.deadlineAt, 'en')}.`,
        'We will let you know the outcome.',
      ),
    ),
  }),
);

define(
  'review.stage-opened',
  'reviewer',
  (ctx) => ({
    title: named('Menunggu peninjauan Anda', cooperativeName(ctx)),
    body: body(
      ctx,
      'id',
      sentences(
        `Rencana bisnis ${theCooperativeAt(ctx, 'id')} menunggu keputusan Anda pada tahap ${stage(ctx.payload.stage, 'id')}.`,
        `Mohon berikan keputusan (setujui, tolak, atau minta perbaikan) paling lambat ${formatDate(ctx.payload.deadlineAt, 'id')}.`,
        'Rencana bisnis tersebut dapat dibuka melalui daftar peninjauan di sistem.',
      ),
    ),
  }),
  (ctx) => ({
    title: named('Awaiting your review', cooperativeName(ctx)),
    body: body(
      ctx,
      'en',
      sentences(
        `The business plan of ${theCooperativeAt(ctx, 'en')} is waiting for your decision at the ${stage(ctx.payload.stage, 'en')} stage.`,
        `Please approve, reject or request a revision by ${formatDate(ctx.payload.deadlineAt, 'en')}.`,
        'You will find the plan in your review list.',
      ),
    ),
  }),
);

// review.stage-approved -----------------------------------------------------------------------

define(
  'review.stage-approved',
  'cooperative',
  (ctx) => {
    const comment = text(ctx.payload.comment);
    return {
      title: `Tahap ${stage(ctx.payload.stage, 'id')} disetujui`,
      body: body(
        ctx,
        'id',
        sentences(
          `Rencana bisnis ${ownCooperative(ctx, 'id')} telah disetujui dalam tahap ${stage(ctx.payload.stage, 'id')} pada ${when(ctx, 'id')}.`,
          comment !== undefined && `Catatan peninjau: ${quoted(comment)}.`,
          'Langkah berikutnya akan kami sampaikan kepada Anda.',
        ),
      ),
    };
  },
  (ctx) => {
    const comment = text(ctx.payload.comment);
    return {
      title: `${stage(ctx.payload.stage, 'en')} stage approved`,
      body: body(
        ctx,
        'en',
        sentences(
          `The business plan of ${ownCooperative(ctx, 'en')} was approved at the ${stage(ctx.payload.stage, 'en')} stage on ${when(ctx, 'en')}.`,
          comment !== undefined && `The reviewer noted: ${quoted(comment)}.`,
          'We will let you know the next step.',
        ),
      ),
    };
  },
);

// review.revision-requested -------------------------------------------------------------------

define(
  'review.revision-requested',
  'cooperative',
  (ctx) => {
    const comment = text(ctx.payload.comment);
    return {
      title: 'Peninjau meminta perbaikan rencana bisnis',
      body: body(
        ctx,
        'id',
        sentences(
          `Peninjau pada tahap ${stage(ctx.payload.stage, 'id')} meminta perbaikan atas rencana bisnis ${ownCooperative(ctx, 'id')}.`,
          comment !== undefined ? `Catatan peninjau: ${quoted(comment)}.` : 'Rincian permintaan perbaikan dapat dilihat pada riwayat peninjauan di sistem.',
          'Mohon perbaiki rencana bisnis sesuai catatan tersebut, lalu ajukan kembali melalui sistem ini.',
        ),
      ),
    };
  },
  (ctx) => {
    const comment = text(ctx.payload.comment);
    return {
      title: 'Revision of your business plan requested',
      body: body(
        ctx,
        'en',
        sentences(
          `The reviewer at the ${stage(ctx.payload.stage, 'en')} stage has asked for a revision of the business plan of ${ownCooperative(ctx, 'en')}.`,
          comment !== undefined ? `The reviewer noted: ${quoted(comment)}.` : 'You will find the details in the review history.',
          'Please revise the plan accordingly and submit it again here.',
        ),
      ),
    };
  },
);

// financing.reviewed --------------------------------------------------------------------------

define(
  'financing.reviewed',
  'cooperative',
  (ctx) => {
    const p = ctx.payload;
    const reason = text(p.reason);
    if (p.outcome === 'APPROVED') {
      return {
        title: p.approvedAmount !== undefined ? `Pembiayaan disetujui: ${formatRupiah(p.approvedAmount)}` : 'Pembiayaan disetujui',
        body: body(
          ctx,
          'id',
          sentences(
            `Dengan senang hati kami sampaikan bahwa pengajuan pembiayaan ${ownCooperative(ctx, 'id')} telah disetujui pada tahap ${stage(p.stage, 'id')}${p.approvedAmount !== undefined ? ` dengan nilai pembiayaan yang disetujui sebesar ${formatRupiah(p.approvedAmount)}` : ''}.`,
            'Selanjutnya sistem akan mencarikan mitra yang sesuai dengan rencana bisnis koperasi.',
            'Usulan kemitraan akan kami sampaikan kepada Anda.',
          ),
        ),
      };
    }
    return {
      title: 'Pengajuan pembiayaan belum dapat disetujui',
      body: body(
        ctx,
        'id',
        sentences(
          `Dengan berat hati kami sampaikan bahwa pengajuan pembiayaan ${ownCooperative(ctx, 'id')} belum dapat disetujui pada tahap ${stage(p.stage, 'id')}.`,
          reason !== undefined && `Alasan: ${quoted(reason)}.`,
          'Koperasi dapat memperbaiki rencana bisnis dan mengajukannya kembali melalui sistem ini.',
        ),
      ),
    };
  },
  (ctx) => {
    const p = ctx.payload;
    const reason = text(p.reason);
    if (p.outcome === 'APPROVED') {
      return {
        title: p.approvedAmount !== undefined ? `Financing approved: ${formatRupiah(p.approvedAmount)}` : 'Financing approved',
        body: body(
          ctx,
          'en',
          sentences(
            `We are pleased to inform you that the financing request of ${ownCooperative(ctx, 'en')} was approved at the ${stage(p.stage, 'en')} stage${p.approvedAmount !== undefined ? `, for an approved amount of ${formatRupiah(p.approvedAmount)}` : ''}.`,
            "We will now look for partners that fit the cooperative's business plan.",
            'We will send you any partnership proposal.',
          ),
        ),
      };
    }
    return {
      title: 'Financing request not approved',
      body: body(
        ctx,
        'en',
        sentences(
          `We regret to inform you that the financing request of ${ownCooperative(ctx, 'en')} could not be approved at the ${stage(p.stage, 'en')} stage.`,
          reason !== undefined && `Reason: ${quoted(reason)}.`,
          'The cooperative may revise its business plan and submit it again here.',
        ),
      ),
    };
  },
);

define(
  'financing.reviewed',
  'admin',
  (ctx) => {
    const p = ctx.payload;
    const reason = text(p.reason);
    const approved = p.outcome === 'APPROVED';
    return {
      title: named(approved ? 'Pembiayaan disetujui' : 'Pembiayaan ditolak', cooperativeName(ctx)),
      body: body(
        ctx,
        'id',
        approved
          ? sentences(
              `Pengajuan pembiayaan ${theCooperativeAt(ctx, 'id')} telah disetujui dalam tahap ${stage(p.stage, 'id')} pada ${when(ctx, 'id')}.`,
              p.approvedAmount !== undefined && `Nilai pembiayaan yang disetujui: ${formatRupiah(p.approvedAmount)}.`,
              'Sistem akan mencarikan mitra bagi koperasi tersebut.',
            )
          : sentences(
              `Pengajuan pembiayaan ${theCooperativeAt(ctx, 'id')} ditolak dalam tahap ${stage(p.stage, 'id')} pada ${when(ctx, 'id')}.`,
              reason !== undefined && `Alasan: ${quoted(reason)}.`,
              'Koperasi tersebut dapat mengajukan rencana bisnis baru.',
            ),
      ),
    };
  },
  (ctx) => {
    const p = ctx.payload;
    const reason = text(p.reason);
    const approved = p.outcome === 'APPROVED';
    return {
      title: named(approved ? 'Financing approved' : 'Financing rejected', cooperativeName(ctx)),
      body: body(
        ctx,
        'en',
        approved
          ? sentences(
              `The financing request of ${theCooperativeAt(ctx, 'en')} was approved at the ${stage(p.stage, 'en')} stage on ${when(ctx, 'en')}.`,
              p.approvedAmount !== undefined && `Approved amount: ${formatRupiah(p.approvedAmount)}.`,
              'Partner matching for the cooperative starts now.',
            )
          : sentences(
              `The financing request of ${theCooperativeAt(ctx, 'en')} was rejected at the ${stage(p.stage, 'en')} stage on ${when(ctx, 'en')}.`,
              reason !== undefined && `Reason: ${quoted(reason)}.`,
              'The cooperative may submit a new business plan.',
            ),
      ),
    };
  },
);

// partner.matched -----------------------------------------------------------------------------

define(
  'partner.matched',
  'cooperative',
  (ctx) => ({
    title: named('Usulan kemitraan baru', knownPartner(ctx)),
    body: body(
      ctx,
      'id',
      sentences(
        `${capitalise(ownCooperative(ctx, 'id'))} diusulkan untuk bermitra dengan ${partnerName(ctx, 'id')}, yang akan berperan sebagai ${partnerRoleName(ctx.payload.role, 'id')}, dengan skor kecocokan ${formatNumber(ctx.payload.score, 'id')}.`,
        `Usulan ini menunggu tanggapan mitra dan berlaku hingga ${formatDate(ctx.payload.expiresAt, 'id')}.`,
        'Tanggapan mitra akan kami sampaikan kepada Anda.',
      ),
    ),
  }),
  (ctx) => ({
    title: named('New partnership proposal', knownPartner(ctx)),
    body: body(
      ctx,
      'en',
      sentences(
        `A partnership has been proposed between ${ownCooperative(ctx, 'en')} and ${partnerName(ctx, 'en')}, which would act as ${partnerRoleName(ctx.payload.role, 'en')}, with a match score of ${formatNumber(ctx.payload.score, 'en')}.`,
        `The proposal awaits the partner's answer and is open until ${formatDate(ctx.payload.expiresAt, 'en')}.`,
        "We will let you know the partner's answer.",
      ),
    ),
  }),
);

define(
  'partner.matched',
  'partner',
  (ctx) => ({
    title: named('Usulan kemitraan', cooperativeName(ctx)),
    body: body(
      ctx,
      'id',
      sentences(
        `Organisasi Anda diusulkan sebagai ${partnerRoleName(ctx.payload.role, 'id')} bagi ${theCooperativeAt(ctx, 'id')}, dengan skor kecocokan ${formatNumber(ctx.payload.score, 'id')}.`,
        'Profil koperasi dan alasan kecocokan dapat dilihat pada menu kemitraan di sistem.',
        `Mohon terima atau tolak usulan ini paling lambat ${formatDate(ctx.payload.expiresAt, 'id')}; setelah itu usulan akan kedaluwarsa.`,
      ),
    ),
  }),
  (ctx) => ({
    title: named('Partnership proposal', cooperativeName(ctx)),
    body: body(
      ctx,
      'en',
      sentences(
        `Your organisation has been proposed as ${partnerRoleName(ctx.payload.role, 'en')} for ${theCooperativeAt(ctx, 'en')}, with a match score of ${formatNumber(ctx.payload.score, 'en')}.`,
        "The cooperative's profile and the reasons for the match are available under partnerships.",
        `Please accept or decline the proposal by ${formatDate(ctx.payload.expiresAt, 'en')}, after which it expires.`,
      ),
    ),
  }),
);

// partner.none-found --------------------------------------------------------------------------

define(
  'partner.none-found',
  'cooperative',
  (ctx) => {
    const sought = roles(ctx.payload.seekingRoles ?? [], 'id');
    return {
      title: 'Menunggu mitra yang sesuai',
      body: body(
        ctx,
        'id',
        sentences(
          `Saat ini belum ada mitra yang sesuai untuk rencana bisnis ${ownCooperative(ctx, 'id')}${sought !== undefined ? ` dengan peran yang dicari: ${sought}` : ''}.`,
          'Koperasi Anda tetap berada dalam daftar tunggu.',
          'Kami akan segera mengabarkan apabila ada mitra baru yang sesuai.',
        ),
      ),
    };
  },
  (ctx) => {
    const sought = roles(ctx.payload.seekingRoles ?? [], 'en');
    return {
      title: 'Waiting for a suitable partner',
      body: body(
        ctx,
        'en',
        sentences(
          `No partner currently fits the business plan of ${ownCooperative(ctx, 'en')}${sought !== undefined ? ` for the roles sought (${sought})` : ''}.`,
          'Your cooperative stays on the waiting list.',
          'We will let you know as soon as a suitable partner joins or frees capacity.',
        ),
      ),
    };
  },
);

define(
  'partner.none-found',
  'admin',
  (ctx) => {
    const sought = roles(ctx.payload.seekingRoles ?? [], 'id');
    return {
      title: named('Koperasi belum mendapat mitra', cooperativeName(ctx)),
      body: body(
        ctx,
        'id',
        sentences(
          `${capitalise(theCooperativeAt(ctx, 'id'))} belum mendapatkan mitra yang sesuai${sought !== undefined ? ` untuk peran ${sought}` : ''}.`,
          'Koperasi tersebut menunggu mitra baru atau mitra yang kapasitasnya kembali tersedia.',
          'Mohon pertimbangkan untuk menghubungi calon mitra yang melayani wilayah tersebut.',
        ),
      ),
    };
  },
  (ctx) => {
    const sought = roles(ctx.payload.seekingRoles ?? [], 'en');
    return {
      title: named('Cooperative without a partner', cooperativeName(ctx)),
      body: body(
        ctx,
        'en',
        sentences(
          `No suitable partner was found for ${theCooperativeAt(ctx, 'en')}${sought !== undefined ? ` in the roles sought (${sought})` : ''}.`,
          'The cooperative is waiting for a new partner, or for a partner to free capacity.',
          'Please consider approaching prospective partners serving its region.',
        ),
      ),
    };
  },
);

// match.accepted ------------------------------------------------------------------------------

define(
  'match.accepted',
  'cooperative',
  (ctx) => {
    const comment = text(ctx.payload.comment);
    return {
      title: `${capitalise(knownPartner(ctx) ?? 'mitra')} menerima usulan kemitraan`,
      body: body(
        ctx,
        'id',
        sentences(
          `Kabar baik: ${partnerName(ctx, 'id')} telah menerima usulan kemitraan dengan ${ownCooperative(ctx, 'id')} pada ${when(ctx, 'id')}.`,
          comment !== undefined && `Pesan dari mitra: ${quoted(comment)}.`,
          'Silakan menjalin komunikasi dengan mitra untuk menindaklanjuti kerja sama.',
        ),
      ),
    };
  },
  (ctx) => {
    const comment = text(ctx.payload.comment);
    return {
      title: `${capitalise(knownPartner(ctx) ?? 'the partner')} accepted the partnership`,
      body: body(
        ctx,
        'en',
        sentences(
          `Good news: ${partnerName(ctx, 'en')} accepted the partnership proposal with ${ownCooperative(ctx, 'en')} on ${when(ctx, 'en')}.`,
          comment !== undefined && `The partner wrote: ${quoted(comment)}.`,
          'Please get in touch with the partner to take the cooperation forward.',
        ),
      ),
    };
  },
);

define(
  'match.accepted',
  'partner',
  (ctx) => ({
    title: named('Konfirmasi penerimaan kemitraan', cooperativeName(ctx)),
    body: body(
      ctx,
      'id',
      sentences(
        `Terima kasih, organisasi Anda telah menerima usulan kemitraan dengan ${theCooperativeAt(ctx, 'id')} pada ${when(ctx, 'id')}.`,
        'Kemitraan ini kini tercatat aktif dalam sistem.',
        'Silakan menghubungi pengurus koperasi untuk menindaklanjuti kerja sama.',
      ),
    ),
  }),
  (ctx) => ({
    title: named('Partnership acceptance confirmed', cooperativeName(ctx)),
    body: body(
      ctx,
      'en',
      sentences(
        `Thank you: your organisation accepted the partnership proposal with ${theCooperativeAt(ctx, 'en')} on ${when(ctx, 'en')}.`,
        'The partnership is now recorded as active.',
        "Please contact the cooperative's officers to take the cooperation forward.",
      ),
    ),
  }),
);

define(
  'match.accepted',
  'admin',
  (ctx) => ({
    title: named('Kemitraan terjalin', cooperativeName(ctx)),
    body: body(
      ctx,
      'id',
      sentences(
        `${capitalise(partnerName(ctx, 'id'))} telah menerima usulan kemitraan dengan ${theCooperativeAt(ctx, 'id')} pada ${when(ctx, 'id')}.`,
        'Kemitraan tersebut kini tercatat aktif dalam sistem.',
      ),
    ),
  }),
  (ctx) => ({
    title: named('Partnership formed', cooperativeName(ctx)),
    body: body(
      ctx,
      'en',
      sentences(
        `${capitalise(partnerName(ctx, 'en'))} accepted the partnership proposal with ${theCooperativeAt(ctx, 'en')} on ${when(ctx, 'en')}.`,
        'The partnership is now recorded as active.',
      ),
    ),
  }),
);

// match.declined ------------------------------------------------------------------------------

define(
  'match.declined',
  'cooperative',
  (ctx) => {
    const reason = text(ctx.payload.reason);
    return {
      title: named('Usulan kemitraan tidak dilanjutkan', knownPartner(ctx)),
      body: body(
        ctx,
        'id',
        sentences(
          `${capitalise(partnerName(ctx, 'id'))} memutuskan untuk tidak melanjutkan usulan kemitraan dengan ${ownCooperative(ctx, 'id')}.`,
          reason !== undefined && `Alasan yang disampaikan: ${quoted(reason)}.`,
          'Sistem akan terus mencarikan mitra lain yang sesuai, dan hasilnya akan kami sampaikan kepada Anda.',
        ),
      ),
    };
  },
  (ctx) => {
    const reason = text(ctx.payload.reason);
    return {
      title: named('Partnership proposal declined', knownPartner(ctx)),
      body: body(
        ctx,
        'en',
        sentences(
          `${capitalise(partnerName(ctx, 'en'))} decided not to take up the partnership proposal with ${ownCooperative(ctx, 'en')}.`,
          reason !== undefined && `Reason given: ${quoted(reason)}.`,
          'We will keep looking for other suitable partners and let you know.',
        ),
      ),
    };
  },
);

define(
  'match.declined',
  'partner',
  (ctx) => {
    const reason = text(ctx.payload.reason);
    return {
      title: named('Konfirmasi penolakan usulan kemitraan', cooperativeName(ctx)),
      body: body(
        ctx,
        'id',
        sentences(
          `Organisasi Anda telah menolak usulan kemitraan dengan ${theCooperativeAt(ctx, 'id')} pada ${when(ctx, 'id')}.`,
          reason !== undefined && `Alasan yang tercatat: ${quoted(reason)}.`,
          'Koperasi tersebut tidak akan diusulkan kembali kepada organisasi Anda.',
        ),
      ),
    };
  },
  (ctx) => {
    const reason = text(ctx.payload.reason);
    return {
      title: named('Proposal decline confirmed', cooperativeName(ctx)),
      body: body(
        ctx,
        'en',
        sentences(
          `Your organisation declined the partnership proposal with ${theCooperativeAt(ctx, 'en')} on ${when(ctx, 'en')}.`,
          reason !== undefined && `Reason recorded: ${quoted(reason)}.`,
          'This cooperative will not be proposed to your organisation again.',
        ),
      ),
    };
  },
);

define(
  'match.declined',
  'admin',
  (ctx) => {
    const reason = text(ctx.payload.reason);
    return {
      title: named('Usulan kemitraan ditolak', cooperativeName(ctx)),
      body: body(
        ctx,
        'id',
        sentences(
          `${capitalise(partnerName(ctx, 'id'))} menolak usulan kemitraan dengan ${theCooperativeAt(ctx, 'id')} pada ${when(ctx, 'id')}.`,
          reason !== undefined && `Alasan: ${quoted(reason)}.`,
          'Sistem akan mencarikan mitra lain bagi koperasi tersebut.',
        ),
      ),
    };
  },
  (ctx) => {
    const reason = text(ctx.payload.reason);
    return {
      title: named('Partnership proposal declined', cooperativeName(ctx)),
      body: body(
        ctx,
        'en',
        sentences(
          `${capitalise(partnerName(ctx, 'en'))} declined the partnership proposal with ${theCooperativeAt(ctx, 'en')} on ${when(ctx, 'en')}.`,
          reason !== undefined && `Reason: ${quoted(reason)}.`,
          'The system will look for other partners for the cooperative.',
        ),
      ),
    };
  },
);

// match.expired -------------------------------------------------------------------------------

define(
  'match.expired',
  'cooperative',
  (ctx) => ({
    title: named('Usulan kemitraan telah berakhir', knownPartner(ctx)),
    body: body(
      ctx,
      'id',
      sentences(
        `Usulan kemitraan antara ${ownCooperative(ctx, 'id')} dan ${partnerName(ctx, 'id')} telah berakhir karena tidak ditanggapi hingga batas waktu.`,
        'Sistem akan mencarikan mitra lain yang sesuai, dan hasilnya akan kami sampaikan kepada Anda.',
      ),
    ),
  }),
  (ctx) => ({
    title: named('Partnership proposal expired', knownPartner(ctx)),
    body: body(
      ctx,
      'en',
      sentences(
        `The partnership proposal between ${ownCooperative(ctx, 'en')} and ${partnerName(ctx, 'en')} expired without an answer.`,
        'We will look for other suitable partners and let you know.',
      ),
    ),
  }),
);

define(
  'match.expired',
  'partner',
  (ctx) => ({
    title: named('Usulan kemitraan kedaluwarsa', cooperativeName(ctx)),
    body: body(
      ctx,
      'id',
      sentences(
        `Usulan kemitraan dengan ${theCooperativeAt(ctx, 'id')} telah berakhir pada ${when(ctx, 'id')} karena tidak ditanggapi hingga batas waktu.`,
        'Usulan tersebut tidak dapat lagi diterima.',
        'Apabila organisasi Anda masih berminat, silakan menghubungi Dinas Koperasi.',
      ),
    ),
  }),
  (ctx) => ({
    title: named('Partnership proposal expired', cooperativeName(ctx)),
    body: body(
      ctx,
      'en',
      sentences(
        `The partnership proposal with ${theCooperativeAt(ctx, 'en')} expired on ${when(ctx, 'en')} without an answer.`,
        'It can no longer be accepted.',
        'If your organisation is still interested, please contact the cooperative office (Dinas Koperasi).',
      ),
    ),
  }),
);

define(
  'match.expired',
  'admin',
  (ctx) => ({
    title: named('Usulan kemitraan kedaluwarsa', cooperativeName(ctx)),
    body: body(
      ctx,
      'id',
      sentences(
        `Usulan kemitraan antara ${theCooperativeAt(ctx, 'id')} dan ${partnerName(ctx, 'id')} berakhir tanpa tanggapan mitra pada ${when(ctx, 'id')}.`,
        'Sistem akan mencarikan mitra lain bagi koperasi tersebut.',
      ),
    ),
  }),
  (ctx) => ({
    title: named('Partnership proposal expired', cooperativeName(ctx)),
    body: body(
      ctx,
      'en',
      sentences(
        `The partnership proposal between ${theCooperativeAt(ctx, 'en')} and ${partnerName(ctx, 'en')} expired without the partner's answer on ${when(ctx, 'en')}.`,
        'The system will look for other partners for the cooperative.',
      ),
    ),
  }),
);

// cooperative.withdrawn -----------------------------------------------------------------------

define(
  'cooperative.withdrawn',
  'cooperative',
  (ctx) => {
    const reason = text(ctx.payload.reason);
    return {
      title: 'Pengunduran diri koperasi telah dicatat',
      body: body(
        ctx,
        'id',
        sentences(
          `Pengunduran diri ${ownCooperative(ctx, 'id')} dari proses pembiayaan dan kemitraan telah kami catat pada ${when(ctx, 'id')}.`,
          reason !== undefined && `Alasan: ${quoted(reason)}.`,
          'Peninjauan dan usulan kemitraan yang masih berjalan dihentikan.',
          'Terima kasih atas partisipasi koperasi Anda.',
        ),
      ),
    };
  },
  (ctx) => {
    const reason = text(ctx.payload.reason);
    return {
      title: 'Withdrawal recorded',
      body: body(
        ctx,
        'en',
        sentences(
          `We recorded the withdrawal of ${ownCooperative(ctx, 'en')} from the financing and partnership process on ${when(ctx, 'en')}.`,
          reason !== undefined && `Reason: ${quoted(reason)}.`,
          'Any review or partnership proposal still open has been stopped.',
          "Thank you for your cooperative's participation.",
        ),
      ),
    };
  },
);

define(
  'cooperative.withdrawn',
  'reviewer',
  (ctx) => {
    const reason = text(ctx.payload.reason);
    return {
      title: named('Peninjauan dihentikan, koperasi mengundurkan diri', cooperativeName(ctx)),
      body: body(
        ctx,
        'id',
        sentences(
          `${capitalise(theCooperativeAt(ctx, 'id'))} telah mengundurkan diri dari proses pembiayaan pada ${when(ctx, 'id')}.`,
          reason !== undefined && `Alasan: ${quoted(reason)}.`,
          'Peninjauan yang menunggu keputusan Anda dihentikan dan tidak perlu ditindaklanjuti.',
        ),
      ),
    };
  },
  (ctx) => {
    const reason = text(ctx.payload.reason);
    return {
      title: named('Review stopped, cooperative withdrew', cooperativeName(ctx)),
      body: body(
        ctx,
        'en',
        sentences(
          `${capitalise(theCooperativeAt(ctx, 'en'))} withdrew from the financing process on ${when(ctx, 'en')}.`,
          reason !== undefined && `Reason: ${quoted(reason)}.`,
          'The review waiting for your decision has been stopped and needs no further action.',
        ),
      ),
    };
  },
);

define(
  'cooperative.withdrawn',
  'partner',
  (ctx) => ({
    title: named('Usulan kemitraan dibatalkan', cooperativeName(ctx)),
    body: body(
      ctx,
      'id',
      sentences(
        `${capitalise(theCooperativeAt(ctx, 'id'))} telah mengundurkan diri dari proses kemitraan pada ${when(ctx, 'id')}.`,
        'Usulan kemitraan dengan organisasi Anda yang masih terbuka dibatalkan dan tidak perlu ditanggapi.',
        'Terima kasih atas perhatian Anda.',
      ),
    ),
  }),
  (ctx) => ({
    title: named('Partnership proposal withdrawn', cooperativeName(ctx)),
    body: body(
      ctx,
      'en',
      sentences(
        `${capitalise(theCooperativeAt(ctx, 'en'))} withdrew from the partnership process on ${when(ctx, 'en')}.`,
        'Its open partnership proposal with your organisation is cancelled and needs no answer.',
        'Thank you for your attention.',
      ),
    ),
  }),
);

define(
  'cooperative.withdrawn',
  'admin',
  (ctx) => {
    const reason = text(ctx.payload.reason);
    return {
      title: named('Koperasi mengundurkan diri', cooperativeName(ctx)),
      body: body(
        ctx,
        'id',
        sentences(
          `${capitalise(theCooperativeAt(ctx, 'id'))} telah mengundurkan diri dari proses pembiayaan dan kemitraan pada ${when(ctx, 'id')}.`,
          reason !== undefined && `Alasan: ${quoted(reason)}.`,
          'Peninjauan dan usulan kemitraan yang masih terbuka dihentikan.',
        ),
      ),
    };
  },
  (ctx) => {
    const reason = text(ctx.payload.reason);
    return {
      title: named('Cooperative withdrew', cooperativeName(ctx)),
      body: body(
        ctx,
        'en',
        sentences(
          `${capitalise(theCooperativeAt(ctx, 'en'))} withdrew from the financing and partnership process on ${when(ctx, 'en')}.`,
          reason !== undefined && `Reason: ${quoted(reason)}.`,
          'Its open review and partnership proposals have been stopped.',
        ),
      ),
    };
  },
);

// review.reminder / review.escalated ----------------------------------------------------------

define(
  'review.reminder',
  'reviewer',
  (ctx) => ({
    title: named(`Pengingat tenggat tahap ${stage(ctx.payload.stage, 'id')}`, cooperativeName(ctx)),
    body: body(
      ctx,
      'id',
      sentences(
        `Rencana bisnis ${theCooperativeAt(ctx, 'id')} masih menunggu keputusan Anda pada tahap ${stage(ctx.payload.stage, 'id')}.`,
        `Tenggat peninjauan tahap ini adalah ${formatDate(ctx.payload.deadlineAt, 'id')}.`,
        'Apabila tenggat terlewati, peninjauan akan dieskalasi kepada admin Dinas Koperasi.',
      ),
    ),
  }),
  (ctx) => ({
    title: named(`${stage(ctx.payload.stage, 'en')} deadline reminder`, cooperativeName(ctx)),
    body: body(
      ctx,
      'en',
      sentences(
        `The business plan of ${theCooperativeAt(ctx, 'en')} is still waiting for your decision at the ${stage(ctx.payload.stage, 'en')} stage.`,
        `The deadline for this stage is ${formatDate(ctx.payload.deadlineAt, 'en')}.`,
        'If the deadline passes, the review will be escalated to the cooperative office admins.',
      ),
    ),
  }),
);

define(
  'review.escalated',
  'admin',
  (ctx) => ({
    title: `Eskalasi: tenggat tahap ${stage(ctx.payload.stage, 'id')} terlewati`,
    body: body(
      ctx,
      'id',
      sentences(
        `Peninjauan rencana bisnis ${theCooperativeAt(ctx, 'id')} pada tahap ${stage(ctx.payload.stage, 'id')} belum diputuskan hingga tenggat ${formatDate(ctx.payload.deadlineAt, 'id')}.`,
        'Mohon tindak lanjuti bersama peninjau terkait atau tugaskan peninjau lain.',
      ),
    ),
  }),
  (ctx) => ({
    title: `Escalation: ${stage(ctx.payload.stage, 'en')} deadline passed`,
    body: body(
      ctx,
      'en',
      sentences(
        `The review of the business plan of ${theCooperativeAt(ctx, 'en')} at the ${stage(ctx.payload.stage, 'en')} stage was not decided by its deadline, ${formatDate(ctx.payload.deadlineAt, 'en')}.`,
        'Please follow up with the assigned reviewers or assign another reviewer.',
      ),
    ),
  }),
);

// cooperative.profile-updated -----------------------------------------------------------------

define(
  'cooperative.profile-updated',
  'cooperative',
  (ctx) => {
    const text = profileUpdatedText('id', { cooperative: ownCooperative(ctx, 'id'), when: when(ctx, 'id'), changes: ctx.payload.changes ?? [] });
    return { title: text.title, body: body(ctx, 'id', sentences(...text.sentences)) };
  },
  (ctx) => {
    const text = profileUpdatedText('en', { cooperative: ownCooperative(ctx, 'en'), when: when(ctx, 'en'), changes: ctx.payload.changes ?? [] });
    return { title: text.title, body: body(ctx, 'en', sentences(...text.sentences)) };
  },
);

// partner.registered --------------------------------------------------------------------------

define(
  'partner.registered',
  'partner',
  (ctx) => {
    const name = text(ctx.partner?.name) ?? text(ctx.payload.name) ?? 'organisasi Anda';
    const asRoles = roles(ctx.payload.roles ?? [], 'id');
    return {
      title: `Selamat datang, ${name}`,
      body: body(
        ctx,
        'id',
        sentences(
          `${capitalise(name)} telah terdaftar sebagai mitra Koperasi Desa/Kelurahan Merah Putih${asRoles !== undefined ? ` dengan peran ${asRoles}` : ''} pada ${when(ctx, 'id')}.`,
          `Wilayah layanan yang tercatat: ${regions(ctx.payload.regionCodes, 'id')}.`,
          'Sistem akan mengusulkan kemitraan dengan koperasi yang sesuai, dan setiap usulan akan kami sampaikan kepada Anda.',
        ),
      ),
    };
  },
  (ctx) => {
    const name = text(ctx.partner?.name) ?? text(ctx.payload.name) ?? 'your organisation';
    const asRoles = roles(ctx.payload.roles ?? [], 'en');
    return {
      title: `Welcome, ${name}`,
      body: body(
        ctx,
        'en',
        sentences(
          `${capitalise(name)} was registered as a Koperasi Desa/Kelurahan Merah Putih partner${asRoles !== undefined ? ` in the role of ${asRoles}` : ''} on ${when(ctx, 'en')}.`,
          `Regions served: ${regions(ctx.payload.regionCodes, 'en')}.`,
          'We will propose partnerships with suitable cooperatives and send you each proposal.',
        ),
      ),
    };
  },
);

// partner.updated ---------------------------------------------------------------------------

const CHANGE_NAMES: Record<string, { id: string; en: string }> = {
  capacity: { id: 'kapasitas', en: 'capacity' },
  regionCodes: { id: 'wilayah layanan', en: 'regions served' },
  sectors: { id: 'sektor', en: 'sectors' },
  commodities: { id: 'komoditas', en: 'commodities' },
  webhookUrl: { id: 'alamat webhook', en: 'webhook address' },
  contactEmail: { id: 'email kontak', en: 'contact email' },
  webhookSecret: { id: 'kunci penandatanganan webhook', en: 'webhook signing secret' },
};

function changeList(changes: readonly string[] | undefined, locale: 'id' | 'en'): string {
  const names = (changes ?? []).map((change) => CHANGE_NAMES[change]?.[locale] ?? change);
  if (names.length === 0) return locale === 'id' ? 'profil' : 'profile';
  return names.join(', ');
}

define(
  'partner.updated',
  'partner',
  (ctx) => {
    const name = text(ctx.partner?.name) ?? 'organisasi Anda';
    return {
      title: `Profil mitra ${name} diperbarui`,
      body: body(
        ctx,
        'id',
        sentences(
          `Data ${changeList(ctx.payload.changes, 'id')} ${name} telah diperbarui pada ${when(ctx, 'id')}.`,
          ctx.payload.capacityFreed
            ? 'Karena kapasitas bertambah, sistem akan mencarikan koperasi yang masih menunggu mitra.'
            : 'Jika Anda tidak melakukan perubahan ini, segera hubungi Dinas Koperasi.',
        ),
      ),
    };
  },
  (ctx) => {
    const name = text(ctx.partner?.name) ?? 'your organisation';
    return {
      title: `Partner profile of ${name} updated`,
      body: body(
        ctx,
        'en',
        sentences(
          `The ${changeList(ctx.payload.changes, 'en')} of ${name} ${(ctx.payload.changes ?? []).length > 1 ? 'were' : 'was'} updated on ${when(ctx, 'en')}.`,
          ctx.payload.capacityFreed
            ? 'With more capacity, we will look for cooperatives still waiting for a partner.'
            : 'If you did not make this change, contact the cooperative office at once.',
        ),
      ),
    };
  },
);
