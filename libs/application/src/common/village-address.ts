import { DomainError, parseRegionCode, ParsedRegionCode } from '@kdmp/domain';
import { addressDisagreements, GivenAddress, RegionDirectory, VillageAddress } from '@kdmp/regions';
import { ApplicationError } from './application-error';

/** A cooperative's place: the village and the names above it from the national list, and the codes. */
export type ResolvedVillage = VillageAddress & ParsedRegionCode;

/**
 * The village a region code names, from the national list. The names and kind a caller gave
 * beside the code are optional; those given must agree with the list (case and spacing aside).
 *
 * @throws ApplicationError INVALID_INPUT naming `regionCode` (malformed, or not a village on
 *   the list) or each field that disagrees.
 */
export function resolveVillage(regions: RegionDirectory, regionCode: string, given: GivenAddress): ResolvedVillage {
  let parsed: ParsedRegionCode;
  try {
    parsed = parseRegionCode(regionCode);
  } catch (error) {
    if (error instanceof DomainError) {
      throw new ApplicationError('INVALID_INPUT', 'The region code is not valid.', [{ field: 'regionCode', message: error.message }]);
    }
    throw error;
  }
  const village = regions.village(regionCode);
  if (village === undefined) {
    throw new ApplicationError('INVALID_INPUT', 'The region code is not a village on the national list.', [
      { field: 'regionCode', message: `${regionCode} is not a desa or kelurahan code on the Kemendagri list (see GET /v1/regions)` },
    ]);
  }
  const disagreements = addressDisagreements(given, village);
  if (disagreements.length > 0) {
    throw new ApplicationError('INVALID_INPUT', 'The address does not agree with the region code.', disagreements);
  }
  return { ...parsed, ...village };
}
