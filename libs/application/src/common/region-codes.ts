import { isProvinceCode, isRegencyCode } from '@kdmp/domain';
import { FieldProblem } from './application-error';

export const NATIONAL = 'NATIONAL';

/** Regions a partner serves: regency (`64.02`) or province (`64`) codes, or NATIONAL. */
export function partnerRegionProblems(codes: readonly string[] | undefined, field = 'regionCodes'): FieldProblem[] {
  return (codes ?? [])
    .filter((code) => code !== NATIONAL && !isRegencyCode(code) && !isProvinceCode(code))
    .map((code) => ({ field, message: `${code} is not a regency (64.02) or province (64) code, nor NATIONAL` }));
}
