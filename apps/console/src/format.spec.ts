import { en } from '@kdmp/i18n/catalogs/en';
import { id } from '@kdmp/i18n/catalogs/id';
import { daysUntil, parseWholeNumber, rupiah, wibDateTime } from './format';

describe('console formats', () => {
  it('writes rupiah as the notifications do', () => {
    expect(rupiah(1_500_000_000)).toBe('Rp 1.500.000.000');
  });

  it('writes instants in Jakarta time as the notifications do, whatever the machine zone', () => {
    // 17:30 UTC is 00:30 the next day in Jakarta.
    expect(wibDateTime('2026-12-02T17:30:00Z', id)).toBe('3 Desember 2026 pukul 00.30 WIB');
    expect(wibDateTime('2026-12-02T17:30:00Z', en)).toMatch(/^3 December 2026,? (at )?00:30 GMT\+7$/);
  });

  it('counts Jakarta calendar days to a deadline', () => {
    const now = new Date('2026-12-02T16:00:00Z'); // 23:00 WIB on the 2nd
    expect(daysUntil('2026-12-02T17:30:00Z', now)).toBe(1); // 00:30 WIB on the 3rd
    expect(daysUntil('2026-11-30T03:00:00Z', now)).toBe(-2);
  });

  it('reads whole numbers typed with thousand dots, and refuses anything else', () => {
    expect(parseWholeNumber('1.500.000.000')).toBe(1_500_000_000);
    expect(parseWholeNumber(' 60 ')).toBe(60);
    expect(parseWholeNumber('1,5')).toBeNull();
    expect(parseWholeNumber('-3')).toBeNull();
    expect(parseWholeNumber('')).toBeNull();
    expect(parseWholeNumber('99999999999999999999')).toBeNull();
  });
});
