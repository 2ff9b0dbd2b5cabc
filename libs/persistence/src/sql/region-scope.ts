import { NATIONAL_REGION_CODE } from '@kdmp/domain';

/**
 * A reviewer's region scope as SQL: a row (with `regency_code` and `province_code`) is in
 * scope when the reviewer has no regions, or one of them is the row's regency or province.
 * `regions` is the placeholder (`$2`, `:regions`) bound to the reviewer's region codes.
 */
export function inReviewerRegions(alias: string, regions: string): string {
  const codes = `CAST(${regions} AS text[])`;
  return `(cardinality(${codes}) = 0 OR ${alias}.regency_code = ANY(${codes}) OR ${alias}.province_code = ANY(${codes}))`;
}

/**
 * Whether a partner serving `partnerRegions` (a placeholder bound to its region codes) reaches
 * the cooperative row `alias`: the SQL form of regionsReaching() in @kdmp/domain, the one rule
 * both the candidate search and the waiting-cooperative search use.
 */
export function reachesCooperative(alias: string, partnerRegions: string): string {
  return `CAST(${partnerRegions} AS text[]) && ARRAY[${alias}.regency_code, ${alias}.province_code, '${NATIONAL_REGION_CODE}']::text[]`;
}
