import { formatRupiah } from './rupiah';

describe('formatRupiah', () => {
  it.each([
    [0, 'Rp 0'],
    [999, 'Rp 999'],
    [1_000, 'Rp 1.000'],
    [500_000_000, 'Rp 500.000.000'],
    [3_000_000_000, 'Rp 3.000.000.000'],
    [-25_000, '-Rp 25.000'],
    [Number.MAX_SAFE_INTEGER, 'Rp 9.007.199.254.740.991'],
    [1e21, 'Rp 1.000.000.000.000.000.000.000'],
  ])('writes %p as %p', (amount, text) => {
    expect(formatRupiah(amount)).toBe(text);
  });

  it('shows a fraction with two decimals after a comma instead of throwing', () => {
    expect(formatRupiah(1234.5)).toBe('Rp 1.234,50');
    expect(formatRupiah(-0.1)).toBe('-Rp 0,10');
  });

  it('names a value that is not a number rather than throwing', () => {
    expect(formatRupiah(Number.NaN)).toBe('Rp NaN');
  });
});
