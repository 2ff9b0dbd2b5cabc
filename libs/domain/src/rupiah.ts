/**
 * Rupiah as an Indonesian reader writes it: `Rp 3.000.000.000` (dots group thousands, a plain
 * space after `Rp`, a comma before the cents of a fraction). Done by hand rather than with Intl
 * so that the text does not depend on the ICU data Node was built with.
 *
 * Unlike a display formatter it never throws: screening messages name whatever the plan holds,
 * including a negative or a fraction the API should have refused.
 */
export function formatRupiah(amount: number): string {
  if (!Number.isFinite(amount)) {
    return `Rp ${String(amount)}`;
  }
  const sign = amount < 0 ? '-' : '';
  const magnitude = Math.abs(amount);
  if (Number.isInteger(magnitude)) {
    // BigInt keeps every digit of a large whole number, where String() would switch to 1e+21.
    return `${sign}Rp ${groupThousands(BigInt(magnitude).toString())}`;
  }
  // Not whole, so below 2^53 and toFixed() answers in plain digits.
  const [whole, cents] = magnitude.toFixed(2).split('.');
  return `${sign}Rp ${groupThousands(whole)},${cents}`;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
