import {
  MATCH_REASON_CODES,
  type MatchReasonCode,
  type MatchReasonParams,
  PMK_49_2025,
  SCREENING_FAILURE_CODES,
  type ScreeningFailureCode,
  type ScreeningFailureParams,
  scoreCandidate,
  screenBusinessPlan,
} from '@kdmp/domain';
import { LOCALES } from './catalogs';
import {
  label,
  matchReasonText,
  presentEventPayload,
  presentMatchReason,
  presentScreeningFailure,
  screeningReasonText,
} from './localize';

// One sample per code, typed: a code added to the domain without a sample fails to compile.
const SCREENING_SAMPLES: { [C in ScreeningFailureCode]: ScreeningFailureParams[C] } = {
  MISSING_LEGAL_ENTITY_NUMBER: {},
  INVALID_LEGAL_ENTITY_NUMBER: {},
  MISSING_COOPERATIVE_NUMBER: {},
  INVALID_COOPERATIVE_NUMBER: {},
  MISSING_TAX_NUMBER: {},
  INVALID_TAX_NUMBER: {},
  MISSING_BUSINESS_NUMBER: {},
  INVALID_BUSINESS_NUMBER: {},
  MISSING_BANK_ACCOUNT: { accountGiven: true, missing: ['accountNumber'] },
  INVALID_BANK_ACCOUNT_NUMBER: {},
  TOO_FEW_MEMBERS: { memberCount: 7, minimumMemberCount: 9 },
  REQUESTED_AMOUNT_NOT_POSITIVE: { capexAmount: 0, opexAmount: -1 },
  REQUESTED_AMOUNT_ABOVE_CEILING: { requestedAmount: 3_200_000_000, capexAmount: 2_800_000_000, opexAmount: 400_000_000, ceilingAmount: 3_000_000_000, policyVersion: 'PMK-49-2025' },
  OPERATING_COSTS_ABOVE_CEILING: { opexAmount: 750_000_000, operatingCostCeiling: 500_000_000, policyVersion: 'PMK-49-2025' },
  TENOR_OUT_OF_RANGE: { tenorMonths: 84, min: 6, max: 72, policyVersion: 'PMK-49-2025' },
  GRACE_PERIOD_OUT_OF_RANGE: { gracePeriodMonths: 12, min: 6, max: 8, policyVersion: 'PMK-49-2025' },
  GRACE_PERIOD_NOT_SHORTER_THAN_TENOR: { gracePeriodMonths: 8, tenorMonths: 7 },
  PROJECTED_REVENUE_NOT_POSITIVE: { projectedAnnualRevenue: 0 },
  SECTOR_NOT_OF_COOPERATIVE: { sector: 'TOURISM', cooperativeSectors: [] },
};

const MATCH_SAMPLES: { [C in MatchReasonCode]: MatchReasonParams[C] } = {
  SECTOR_MATCH: { sector: 'AGRICULTURE' },
  SECTOR_MISMATCH: { sector: 'FISHERIES' },
  COMMODITY_OVERLAP: { shared: ['Padi', 'Jagung'], planCommodityCount: 4 },
  COMMODITY_NO_OVERLAP: { planCommodityCount: 3 },
  COMMODITY_NONE_IN_PLAN: {},
  REGION_REGENCY: { regencyCode: '64.02', isCity: false },
  REGION_PROVINCE: { provinceCode: '64' },
  REGION_NATIONAL: {},
  REGION_NOT_SERVED: { regencyCode: '64.02', provinceCode: '64' },
  CAPACITY_HEADROOM: { free: 3, capacity: 5 },
  CAPACITY_FULL: { activePartnerships: 2, capacity: 2 },
  EXPORT_READY: {},
  EXPORT_NOT_READY: {},
  EXPORT_NOT_SCORED: { role: 'OFFTAKER', maximumScore: 90 },
};

describe('screening reasons', () => {
  it.each(SCREENING_FAILURE_CODES)('%s reads as whole sentences, different in every language', (code) => {
    const texts = LOCALES.map((locale) => screeningReasonText({ code, params: SCREENING_SAMPLES[code] }, locale));
    for (const sentence of texts) expect(sentence).toMatch(/^[A-Z].*\.$/s);
    expect(new Set(texts).size).toBe(LOCALES.length);
  });

  const screen = (cooperative: object, plan: object) =>
    screenBusinessPlan({
      cooperative: {
        memberCount: 25,
        sectors: ['AGRICULTURE'],
        legalEntityNumber: 'AHU-0001234.AH.01.29.TAHUN 2025',
        cooperativeNumber: '6402012001000001',
        taxNumber: '01.234.567.8-901.000',
        businessNumber: '9120001234567',
        bankAccount: { bankName: 'BRI', accountNumber: '012301000123456', accountHolder: 'Koperasi' },
        ...cooperative,
      },
      plan: { sector: 'AGRICULTURE', capexAmount: 2_500_000_000, opexAmount: 500_000_000, tenorMonths: 72, gracePeriodMonths: 6, projectedAnnualRevenue: 1_200_000_000, ...plan },
      policy: PMK_49_2025,
    }).failures[0];

  it('name the amounts in rupiah as an Indonesian reader writes them', () => {
    const failure = screen({}, { capexAmount: 2_800_000_000, opexAmount: 400_000_000 });
    expect(screeningReasonText(failure, 'id')).toBe(
      'Jumlah pembiayaan yang diajukan Rp 3.200.000.000 (belanja modal Rp 2.800.000.000 ditambah biaya operasional ' +
        'Rp 400.000.000) melebihi batas Rp 3.000.000.000 per koperasi menurut kebijakan PMK-49-2025. ' +
        'Mohon kurangi belanja modal atau biaya operasional.',
    );
    expect(screeningReasonText(failure, 'en')).toContain('Rp 3.200.000.000');
    const opex = screen({}, { capexAmount: 100_000_000, opexAmount: 750_000_000 });
    expect(screeningReasonText(opex, 'id')).toContain('Rp 750.000.000 melebihi batas Rp 500.000.000');
  });

  it('name the months, the members and the ranges', () => {
    expect(screeningReasonText(screen({}, { tenorMonths: 84 }), 'id')).toContain('84 bulan');
    expect(screeningReasonText(screen({}, { tenorMonths: 84 }), 'en')).toContain('from 6 to 72');
    expect(screeningReasonText(screen({}, { gracePeriodMonths: 12 }), 'id')).toContain('6 sampai 8 bulan');
    expect(screeningReasonText(screen({ memberCount: 7 }, {}), 'id')).toContain('7 orang');
    expect(screeningReasonText(screen({ memberCount: 7 }, {}), 'en')).toContain('at least 9');
  });

  it('name sectors in words, and which parts of a bank account are missing', () => {
    const sector = screen({ sectors: ['FISHERIES', 'AGRICULTURE', 'RETAIL'] }, { sector: 'TOURISM' });
    expect(screeningReasonText(sector, 'id')).toContain('(pariwisata)');
    expect(screeningReasonText(sector, 'id')).toContain('perikanan, pertanian, dan perdagangan eceran');
    expect(screeningReasonText(sector, 'en')).toContain('fisheries, agriculture and retail');
    expect(screeningReasonText(screen({ sectors: [] }, {}), 'en')).toContain('(none registered yet)');

    const account = screen({ bankAccount: { bankName: 'BRI', accountNumber: '', accountHolder: '' } }, {});
    expect(screeningReasonText(account, 'id')).toContain('nomor rekening dan nama pemilik rekening belum diisi');
    expect(screeningReasonText(account, 'en')).toContain('the account number and account holder are missing. Please add them.');
    expect(screeningReasonText(screen({ bankAccount: null }, {}), 'en')).toContain('Please add the bank name, account number and account holder');
  });

  it('show a reason recorded before the catalogs as recorded, and an unknown code as the code', () => {
    const old = { code: 'MISSING_TAX_NUMBER', message: { id: 'NPWP belum diisi.', en: 'Tax number missing.' } };
    expect(screeningReasonText(old, 'en')).toBe('Tax number missing.');
    expect(screeningReasonText({ code: 'X', message: { id: 'Hanya bahasa Indonesia.' } }, 'en')).toBe('Hanya bahasa Indonesia.');
    expect(screeningReasonText({ code: 'SOMETHING_NEW', params: {} }, 'id')).toBe('SOMETHING_NEW');
    expect(screeningReasonText({ code: 'hasOwnProperty', params: {} }, 'id')).toBe('hasOwnProperty');
  });

  it('keep the API shape: code, params, and message in every language', () => {
    const failure = { code: 'TOO_FEW_MEMBERS', params: { memberCount: 7, minimumMemberCount: 9 } };
    expect(presentScreeningFailure(failure)).toEqual({
      code: 'TOO_FEW_MEMBERS',
      params: { memberCount: 7, minimumMemberCount: 9 },
      message: {
        id: 'Jumlah anggota koperasi tercatat 7 orang, sedangkan syaratnya paling sedikit 9 orang. Mohon perbarui jumlah anggota setelah anggota baru terdaftar.',
        en: 'The cooperative has 7 members on record; at least 9 are required. Please update the member count once new members have joined.',
      },
    });
    const old = { code: 'NPWP_MISSING', message: { id: 'NPWP belum diisi.', en: 'Tax number missing.' } };
    expect(presentScreeningFailure(old)).toEqual(old);
  });

  it('are worded in a screening.failed payload, and nowhere else', () => {
    const payload = { businessPlanId: 'bp', policyVersion: 'v', reasons: [{ code: 'MISSING_TAX_NUMBER', params: {} }] };
    const shown = presentEventPayload('screening.failed', payload);
    expect(shown.reasons[0]).toMatchObject({ code: 'MISSING_TAX_NUMBER', message: { id: expect.stringMatching(/^NPWP koperasi belum diisi/) } });
    expect(payload.reasons[0]).toEqual({ code: 'MISSING_TAX_NUMBER', params: {} });
    const other = { reasons: 'not a list' };
    expect(presentEventPayload('match.declined', other)).toBe(other);
    expect(presentEventPayload('screening.failed', other)).toBe(other);
  });
});

describe('match reasons', () => {
  it.each(MATCH_REASON_CODES)('%s reads as a phrase, different in every language', (code) => {
    const texts = LOCALES.map((locale) => matchReasonText({ code, params: MATCH_SAMPLES[code] }, locale));
    for (const phrase of texts) expect(phrase.trim().length).toBeGreaterThan(10);
    expect(new Set(texts).size).toBe(LOCALES.length);
  });

  it('word what the domain scored, in the API shape { code, params, id, en }', () => {
    const score = scoreCandidate(
      { id: 'c', regencyCode: '64.72', provinceCode: '64', sectors: ['AGRICULTURE'] },
      { sector: 'AGRICULTURE', commodities: ['Padi', 'Jagung', 'Cabai', 'Kedelai'], seekingRoles: ['OFFTAKER'], exportReady: false, monthlyCapacity: { quantity: 1, unit: 'ton' } },
      { id: 'p', name: 'P', type: 'BUMN', roles: ['OFFTAKER'], sectors: ['AGRICULTURE'], commodities: ['padi', 'jagung'], regionCodes: ['64.72'], capacity: 5, activePartnerships: 2 },
      'OFFTAKER',
    );
    const [sector, commodity, region, capacity, exportReason] = score.reasons.map(presentMatchReason);
    expect(sector).toMatchObject({ code: 'SECTOR_MATCH', id: 'Bergerak di sektor pertanian, sektor rencana usaha' });
    expect(commodity).toEqual({
      code: 'COMMODITY_OVERLAP',
      params: { shared: ['Padi', 'Jagung'], planCommodityCount: 4 },
      id: 'Menangani komoditas rencana usaha: Padi, Jagung (2/4)',
      en: "Handles the business plan's commodities: Padi, Jagung (2/4)",
    });
    expect(region).toMatchObject({ id: 'Melayani Kota 64.72, wilayah koperasi', en: "Serves city 64.72, the cooperative's own" });
    expect(capacity).toMatchObject({ en: 'Capacity left for 3 of 5 partnerships' });
    expect(exportReason).toMatchObject({ en: 'Export readiness is not scored for the offtaker role (maximum score 90)' });
  });

  it('show a reason recorded before the catalogs as recorded', () => {
    const old = { code: 'REGION_REGENCY', id: 'Melayani Kabupaten 64.02', en: 'Serves regency 64.02' };
    expect(presentMatchReason(old)).toEqual(old);
  });
});

describe('labels', () => {
  it('name codes in each language and fall back to the code', () => {
    expect(label('id', 'cooperativeStates', 'IN_REVIEW')).toBe('Dalam peninjauan');
    expect(label('en', 'sectors', 'SAVINGS_AND_LOAN')).toBe('savings and loan');
    expect(label('en', 'reviewStages', 'LEGAL_CHECK')).toBe('LEGAL_CHECK');
  });
});
