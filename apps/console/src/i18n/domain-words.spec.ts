import { COOPERATIVE_STATES, MATCH_STATUSES, PARTNER_ROLES, PIPELINE_EVENT_TYPES, REVIEW_STAGES_DEFAULT, SECTORS } from '@kdmp/domain';
import { domainWord } from './domain-words';

describe('domain words', () => {
  it('name every state, sector, event and default stage in both languages', () => {
    for (const locale of ['id', 'en'] as const) {
      for (const [kind, codes] of [
        ['state', COOPERATIVE_STATES],
        ['sector', SECTORS],
        ['event', PIPELINE_EVENT_TYPES],
        ['stage', REVIEW_STAGES_DEFAULT],
        ['partnerRole', PARTNER_ROLES],
        ['matchStatus', MATCH_STATUSES],
      ] as const) {
        for (const code of codes) expect(domainWord(locale, kind, code)).not.toBe(code);
      }
    }
    expect(domainWord('id', 'state', 'FINANCING_APPROVED')).toBe('Pembiayaan disetujui');
  });

  it('shows a code it does not know as it is (a newer server)', () => {
    expect(domainWord('en', 'stage', 'BOARD_REVIEW')).toBe('BOARD_REVIEW');
  });
});
