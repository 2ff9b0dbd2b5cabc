/**
 * A reviewer's region scope as SQL: a row (with `regency_code` and `province_code`) is in
 * scope when the reviewer has no regions, or one of them is the row's regency or province.
 * `regions` is the placeholder (`$2`, `:regions`) bound to the reviewer's region codes.
 */
export function inReviewerRegions(alias: string, regions: string): string {
  const codes = `CAST(${regions} AS text[])`;
  return `(cardinality(${codes}) = 0 OR ${alias}.regency_code = ANY(${codes}) OR ${alias}.province_code = ANY(${codes}))`;
}
