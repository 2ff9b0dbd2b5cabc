import { formatConjunction, formatDateTime, formatDecimal, formatRupiah } from './format';
import { formatDate, formatList, formatNumber } from './localize';

describe('formatRupiah', () => {
  it.each([
    [0, 'Rp 0'],
    [999, 'Rp 999'],
    [1000, 'Rp 1.000'],
    [500_000_000, 'Rp 500.000.000'],
    [1_500_000_000, 'Rp 1.500.000.000'],
    [3_000_000_000, 'Rp 3.000.000.000'],
    [Number.MAX_SAFE_INTEGER, 'Rp 9.007.199.254.740.991'],
    [1e21, 'Rp 1.000.000.000.000.000.000.000'],
    [-1500, '-Rp 1.500'],
    [-Number.MAX_SAFE_INTEGER, '-Rp 9.007.199.254.740.991'],
    [-0, 'Rp 0'],
  ])('formats %p as %p', (amount, expected) => {
    expect(formatRupiah(amount)).toBe(expected);
  });

  it('accepts bigint, as persistence may hold money', () => {
    expect(formatRupiah(12_345_678_901_234_567_890n)).toBe('Rp 12.345.678.901.234.567.890');
    expect(formatRupiah(-1000n)).toBe('-Rp 1.000');
  });

  it('shows a fraction with two decimals after a comma instead of throwing', () => {
    expect(formatRupiah(1234.5)).toBe('Rp 1.234,50');
    expect(formatRupiah(-0.1)).toBe('-Rp 0,10');
  });

  it('names a value that is not a number rather than throwing', () => {
    expect(formatRupiah(Number.NaN)).toBe('Rp NaN');
    expect(formatRupiah(Number.POSITIVE_INFINITY)).toBe('Rp Infinity');
  });
});

describe('formatDate', () => {
  // 08:40 UTC is 15:40 in Jakarta (UTC+7).
  it('writes Indonesian dates in Jakarta time with WIB', () => {
    expect(formatDate('2026-11-28T08:40:00Z', 'id')).toBe('28 November 2026 pukul 15.40 WIB');
    expect(formatDate('2026-03-05T02:00:00.000Z', 'id')).toBe('5 Maret 2026 pukul 09.00 WIB');
  });

  it('writes English dates (en-GB) in Jakarta time with the offset', () => {
    expect(formatDate('2026-11-28T08:40:00Z', 'en')).toBe('28 November 2026 at 15:40 GMT+7');
    expect(formatDate(new Date('2026-03-05T02:00:00.000Z'), 'en')).toBe('5 March 2026 at 09:00 GMT+7');
  });

  it('moves to the next day in Jakarta and uses a 24-hour clock', () => {
    expect(formatDate('2026-01-01T17:05:00Z', 'id')).toBe('2 Januari 2026 pukul 00.05 WIB');
    expect(formatDate('2026-01-01T17:05:00Z', 'en')).toBe('2 January 2026 at 00:05 GMT+7');
  });

  it('honours an offset in the input', () => {
    expect(formatDate('2026-11-28T15:40:00+07:00', 'id')).toBe('28 November 2026 pukul 15.40 WIB');
  });

  it('refuses a string that is not a date, and a locale without a catalog', () => {
    expect(() => formatDate('not a date', 'id')).toThrow(/not a valid ISO 8601 date/);
    expect(() => formatDate('2026-11-28T08:40:00Z', 'fr' as 'id')).toThrow(/No catalog for locale "fr"/);
  });

  it('formats by BCP 47 tag for code that holds one', () => {
    expect(formatDateTime('2026-11-28T08:40:00Z', 'id-ID')).toBe(formatDate('2026-11-28T08:40:00Z', 'id'));
  });
});

describe('number and list helpers', () => {
  it('formats numbers per locale', () => {
    expect(formatNumber(87.456, 'id')).toBe('87,46');
    expect(formatNumber(87.456, 'en')).toBe('87.46');
    expect(formatDecimal(87.5, 'id-ID')).toBe('87,5');
  });

  it('joins lists per locale', () => {
    expect(formatList(['a', 'b', 'c'], 'id')).toBe('a, b, dan c');
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(formatConjunction(['a', 'b'], 'id-ID')).toBe('a dan b');
  });
});
