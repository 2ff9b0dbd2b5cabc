import { COOPERATIVE_STATES, MATCH_STATUSES, PARTNER_ROLES, DOMAIN_EVENT_TYPES, REVIEW_STAGES_DEFAULT, SECTORS } from '@kdmp/domain';
import { en } from '@kdmp/i18n/catalogs/en';
import { id } from '@kdmp/i18n/catalogs/id';
import { domainWord, screeningText } from './domain-words';

const CATALOGS = { id, en };

describe('domain words', () => {
  it('name every state, sector, event and default stage in both languages', () => {
    for (const locale of ['id', 'en'] as const) {
      for (const [kind, codes] of [
        ['state', COOPERATIVE_STATES],
        ['sector', SECTORS],
        ['event', DOMAIN_EVENT_TYPES],
        ['stage', REVIEW_STAGES_DEFAULT],
        ['partnerRole', PARTNER_ROLES],
        ['matchStatus', MATCH_STATUSES],
      ] as const) {
        for (const code of codes) expect(domainWord(CATALOGS[locale], locale, kind, code)).not.toBe(code);
      }
    }
    expect(domainWord(id, 'id', 'state', 'FINANCING_APPROVED')).toBe('Pembiayaan disetujui');
    expect(domainWord(id, 'id', 'sector', 'PLANTATION')).toBe('Perkebunan');
    expect(domainWord(en, 'en', 'event', 'screening.failed')).toBe('Failed automatic screening');
  });

  it('shows a code it does not know as it is (a newer server)', () => {
    expect(domainWord(en, 'en', 'stage', 'BOARD_REVIEW')).toBe('BOARD_REVIEW');
  });

  it("words a screening failure with the shared catalog's sentence", () => {
    expect(screeningText(id, { code: 'SECTOR_NOT_OF_COOPERATIVE', params: { sector: 'PLANTATION', cooperativeSectors: ['AGRICULTURE'] } })).toMatch(/perkebunan/i);
    expect(screeningText(en, { code: 'NO_SUCH_RULE' })).toBe('NO_SUCH_RULE');
  });
});
