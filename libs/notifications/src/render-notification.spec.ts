import { DOMAIN_EVENT_TYPES, type DomainEventPayloads, type DomainEventType } from '@kdmp/contracts';
import { formatDate, label, type Locale, LOCALES } from '@kdmp/i18n';
import { NotificationError } from './notification-error';
import { RECIPIENT_MATRIX } from './recipient-matrix';
import { renderNotification, type TemplateContext, templateEvent, templateKeys } from './render-notification';

const OCCURRED_AT = '2026-11-28T08:40:00.000Z';
const DEADLINE_AT = '2026-12-05T10:00:00.000Z';
const EXPIRES_AT = '2026-12-12T16:59:00.000Z';

const COOPERATIVE = {
  name: 'Koperasi Desa Merah Putih Loa Ipuh',
  village: 'Loa Ipuh',
  district: 'Tenggarong',
  regency: 'Kutai Kartanegara',
  regionCode: '64.02.01.2001',
};

// Every optional field present. Typed per event, so adding an event type to the contracts
// without a sample here fails to compile.
const FULL_PAYLOADS: { [E in DomainEventType]: DomainEventPayloads[E] } = {
  'cooperative.registered': {
    name: COOPERATIVE.name,
    kind: 'DESA',
    regionCode: COOPERATIVE.regionCode,
    districtCode: '64.02.01',
    regencyCode: '64.02',
    provinceCode: '64',
  },
  'business-plan.submitted': { businessPlanId: 'bp-1', revision: 2, requestedAmount: 1_500_000_000, policyVersion: 'PMK-49-2025.v1' },
  'screening.passed': { businessPlanId: 'bp-1', policyVersion: 'PMK-49-2025.v1' },
  'screening.failed': {
    businessPlanId: 'bp-1',
    policyVersion: 'PMK-49-2025.v1',
    reasons: [
      { code: 'MISSING_TAX_NUMBER', params: {} },
      { code: 'OPERATING_COSTS_ABOVE_CEILING', params: { opexAmount: 600_000_000, operatingCostCeiling: 500_000_000, policyVersion: 'PMK-49-2025' } },
    ],
  },
  'review.stage-opened': { reviewId: 'rv-1', stage: 'FIELD_VERIFICATION', deadlineAt: DEADLINE_AT },
  'review.stage-approved': { reviewId: 'rv-1', stage: 'DESK_REVIEW', reviewerId: 'u-9', comment: 'Dokumen lengkap.' },
  'review.revision-requested': { reviewId: 'rv-1', stage: 'DESK_REVIEW', reviewerId: 'u-9', comment: 'Lampirkan NIB yang masih berlaku' },
  'financing.reviewed': { reviewId: 'rv-1', outcome: 'APPROVED', stage: 'CREDIT_COMMITTEE', reviewerId: 'u-7', approvedAmount: 1_250_000_000 },
  'partner.matched': { matchId: 'm-1', partnerId: 'p-1', role: 'OFFTAKER', score: 87.5, expiresAt: EXPIRES_AT },
  'partner.none-found': { businessPlanId: 'bp-1', seekingRoles: ['OFFTAKER', 'DISTRIBUTOR'] },
  'match.accepted': { matchId: 'm-1', partnerId: 'p-1', comment: 'Kami siap membeli hasil panen mulai Januari.' },
  'match.declined': { matchId: 'm-1', partnerId: 'p-1', reason: 'Kapasitas gudang kami penuh' },
  'match.expired': { matchId: 'm-1', partnerId: 'p-1' },
  'cooperative.withdrawn': { reason: 'Pengurus memutuskan menunda usaha' },
  'review.reminder': { reviewId: 'rv-1', stage: 'CREDIT_COMMITTEE', deadlineAt: DEADLINE_AT },
  'review.escalated': { reviewId: 'rv-1', stage: 'CREDIT_COMMITTEE', deadlineAt: DEADLINE_AT },
  'partner.registered': { name: 'PT Pupuk Kalimantan Timur', roles: ['OFFTAKER', 'FINANCIER'], regionCodes: ['64.02', '64'] },
  'partner.updated': { changes: ['capacity', 'regionCodes'], capacityFreed: true },
};

// Optional fields left out, lists empty, stages unknown: the texts must still read well.
const MINIMAL_PAYLOADS: { [E in DomainEventType]: DomainEventPayloads[E] } = {
  ...FULL_PAYLOADS,
  'screening.failed': { businessPlanId: 'bp-1', policyVersion: 'v1', reasons: [] },
  'review.stage-opened': { reviewId: 'rv-1', stage: 'LEGAL_CHECK', deadlineAt: DEADLINE_AT },
  'review.stage-approved': { reviewId: 'rv-1', stage: 'DESK_REVIEW', reviewerId: 'u-9' },
  'review.revision-requested': { reviewId: 'rv-1', stage: 'DESK_REVIEW', reviewerId: 'u-9', comment: '' },
  'financing.reviewed': { reviewId: 'rv-1', outcome: 'REJECTED', stage: 'CREDIT_COMMITTEE', reviewerId: 'u-7' },
  'partner.none-found': { businessPlanId: 'bp-1', seekingRoles: [] },
  'match.accepted': { matchId: 'm-1', partnerId: 'p-1' },
  'match.declined': { matchId: 'm-1', partnerId: 'p-1', reason: ' ' },
  'cooperative.withdrawn': {},
  'partner.registered': { name: 'CV Tani Makmur', roles: [], regionCodes: [] },
  'partner.updated': { changes: [], capacityFreed: false },
};

function fullContext(type: DomainEventType): TemplateContext {
  return {
    eventType: type,
    payload: FULL_PAYLOADS[type],
    occurredAt: OCCURRED_AT,
    cooperative: COOPERATIVE,
    partner: { name: 'PT Pupuk Kalimantan Timur' },
    recipientName: 'Siti Rahmawati',
  };
}

function minimalContext(type: DomainEventType): TemplateContext {
  return { eventType: type, payload: MINIMAL_PAYLOADS[type], occurredAt: OCCURRED_AT };
}

const ROWS = DOMAIN_EVENT_TYPES.flatMap((type) => RECIPIENT_MATRIX[type].map((entry) => [entry.template, type] as const));

const BROKEN = /undefined|NaN|\[object Object\]|null|\.\.(?!\.)|\s\.|\(\s*\)/;

describe.each([
  ['a full context', fullContext],
  ['a minimal context', minimalContext],
])('every matrix template with %s', (_label, contextFor) => {
  it.each(ROWS)('%s renders in every locale, non-empty, clean, and different per language', (template, type) => {
    const context = contextFor(type);
    const rendered = LOCALES.map((locale) => renderNotification(template, locale, context));
    for (const { title, body } of rendered) {
      expect(title.trim()).not.toBe('');
      expect(body.trim()).not.toBe('');
      expect(title).not.toMatch(BROKEN);
      expect(body).not.toMatch(BROKEN);
      expect(title).not.toMatch(/\n/);
      expect(title.length).toBeLessThanOrEqual(120);
      expect(title).not.toMatch(/:.*:/);
      expect(title).not.toMatch(/sebuah koperasi|a cooperative|calon mitra|the partner$/i);
    }
    expect(new Set(rendered.map(({ title }) => title)).size).toBe(LOCALES.length);
    expect(new Set(rendered.map(({ body }) => body)).size).toBe(LOCALES.length);
  });
});

describe('template contents', () => {
  const render = (template: string, locale: Locale, context: TemplateContext = fullContext(templateEvent(template))) =>
    renderNotification(template, locale, context);

  it('greets the recipient by name when known', () => {
    expect(render('business-plan.submitted/cooperative', 'id').body).toMatch(/^Yth\. Bapak\/Ibu Siti Rahmawati,\n\n/);
    expect(render('business-plan.submitted/cooperative', 'en').body).toMatch(/^Dear Siti Rahmawati,\n\n/);
    expect(render('business-plan.submitted/cooperative', 'id', minimalContext('business-plan.submitted')).body).not.toMatch(/Yth\./);
  });

  it('gives the requested amount on receipt of a plan', () => {
    for (const locale of LOCALES) {
      expect(render('business-plan.submitted/cooperative', locale).body).toContain('Rp 1.500.000.000');
    }
  });

  it('gives the approved amount with an approval, and the reason with a rejection', () => {
    const approved = render('financing.reviewed/cooperative', 'id');
    expect(approved.title).toBe('Pembiayaan disetujui: Rp 1.250.000.000');
    expect(approved.body).toContain('Komite Kredit');
    expect(render('financing.reviewed/admin', 'en').body).toContain('Rp 1.250.000.000');

    const rejected: TemplateContext = {
      ...fullContext('financing.reviewed'),
      payload: { reviewId: 'rv-1', outcome: 'REJECTED', stage: 'FIELD_VERIFICATION', reviewerId: 'u-7', reason: 'Lahan belum siap' },
    };
    const id = renderNotification('financing.reviewed/cooperative', 'id', rejected);
    expect(id.title).toBe('Pengajuan pembiayaan belum dapat disetujui');
    expect(id.body).toContain('"Lahan belum siap"');
    expect(id.body).toContain('Verifikasi Lapangan');
    expect(renderNotification('financing.reviewed/admin', 'en', rejected).title).toContain('rejected');
  });

  it('lists screening failure reasons in the recipient language, worded from their codes and parameters', () => {
    const id = render('screening.failed/cooperative', 'id').body;
    expect(id).toContain(
      ':\n- NPWP koperasi belum diisi. Mohon lengkapi (15 atau 16 angka; titik dan tanda hubung seperti tertulis pada kartu NPWP boleh dipakai) agar rencana bisnis dapat ditinjau.' +
        '\n- Biaya operasional yang diajukan Rp 600.000.000 melebihi batas Rp 500.000.000 menurut kebijakan PMK-49-2025. Mohon kurangi biaya operasional.\n\n',
    );
    const en = render('screening.failed/cooperative', 'en').body;
    expect(en).toContain("\n- The cooperative's tax number (NPWP) is missing.");
    expect(en).toContain('\n- The operating costs requested, Rp 600.000.000, exceed the limit of Rp 500.000.000 under policy PMK-49-2025.');
  });

  it('shows the sentences of a screening failure recorded before the catalogs, and a code it does not know', () => {
    const context: TemplateContext = {
      ...fullContext('screening.failed'),
      payload: {
        businessPlanId: 'bp-1',
        policyVersion: 'v1',
        reasons: [
          { code: 'NPWP_MISSING', message: { id: 'NPWP koperasi belum diisi.', en: 'The tax number is missing.' } },
          { code: 'SOMETHING_NEW', params: {} },
        ] as never,
      },
    };
    expect(renderNotification('screening.failed/cooperative', 'en', context).body).toContain('\n- The tax number is missing.\n- SOMETHING_NEW\n\n');
  });

  it('names stages in each language and falls back to the raw code', () => {
    expect(render('review.stage-opened/reviewer', 'id').body).toContain('tahap Verifikasi Lapangan');
    expect(render('review.stage-opened/reviewer', 'en').body).toContain('Field Verification stage');
    expect(render('review.stage-opened/cooperative', 'id', minimalContext('review.stage-opened')).title).toContain('LEGAL_CHECK');
    expect(label('id', 'reviewStages', 'DESK_REVIEW')).toBe('Verifikasi Administrasi');
    expect(label('en', 'reviewStages', 'CREDIT_COMMITTEE')).toBe('Credit Committee');
    expect(label('en', 'reviewStages', 'constructor')).toBe('constructor');
    expect(label('id', 'partnerRoles', 'EXPORTER')).toBe('eksportir');
    expect(render('partner.matched/partner', 'id').body).toContain('sebagai pembeli hasil (offtaker) bagi');
  });

  it('gives deadlines and expiry times in the recipient language', () => {
    expect(render('review.reminder/reviewer', 'id').body).toContain(formatDate(DEADLINE_AT, 'id'));
    expect(render('review.reminder/reviewer', 'id').body).toContain('5 Desember 2026 pukul 17.00 WIB');
    expect(render('review.escalated/admin', 'en').body).toContain('5 December 2026 at 17:00 GMT+7');
    expect(render('partner.matched/partner', 'id').body).toContain('12 Desember 2026 pukul 23.59 WIB');
  });

  it('includes comments, scores and the cooperative profile', () => {
    expect(render('review.revision-requested/cooperative', 'id').body).toContain('"Lampirkan NIB yang masih berlaku"');
    expect(render('review.stage-approved/cooperative', 'en').body).toContain('"Dokumen lengkap."');
    const offer = render('partner.matched/partner', 'id').body;
    expect(offer).toContain('87,5');
    expect(offer).toContain('Koperasi Desa Merah Putih Loa Ipuh (Loa Ipuh, Tenggarong, Kutai Kartanegara; kode wilayah 64.02.01.2001)');
    expect(render('partner.matched/cooperative', 'en').body).toContain('87.5');
  });

  it('rejects an unknown template clearly', () => {
    const call = () => renderNotification('cooperative.registered/partner', 'id', fullContext('cooperative.registered'));
    expect(call).toThrow(NotificationError);
    expect(call).toThrow(/Unknown notification template "cooperative.registered\/partner"/);
    try {
      call();
    } catch (error) {
      expect((error as NotificationError).code).toBe('UNKNOWN_TEMPLATE');
    }
    expect(() => templateEvent('nope')).toThrow(NotificationError);
  });

  it('rejects a context of another event and an unsupported locale', () => {
    expect(() => renderNotification('match.expired/partner', 'id', fullContext('match.accepted'))).toThrow(/is for match.expired events/);
    expect(() => renderNotification('match.expired/partner', 'fr' as 'id', fullContext('match.expired'))).toThrow(/Unsupported notification locale/);
  });

  it('knows every template by its event', () => {
    for (const key of templateKeys()) expect(key.startsWith(`${templateEvent(key)}/`)).toBe(true);
  });
});
