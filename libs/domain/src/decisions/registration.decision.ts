import type { ParsedRegionCode } from '../region-code';
import { cooperativeDecision, type CooperativeDecision } from './cooperative-decision';

/** A cooperative registers (itself, or by an admin or an import): it starts REGISTERED. */
export function decideRegistration(cooperative: {
  readonly name: string;
  readonly kind: 'DESA' | 'KELURAHAN';
  readonly region: ParsedRegionCode;
  /** The bank identifiers the registration left out, so the welcome asks only for those. */
  readonly missingIdentifiers: readonly string[];
}): CooperativeDecision {
  const { region } = cooperative;
  return cooperativeDecision(null, 'register', {
    events: [
      {
        type: 'cooperative.registered',
        payload: {
          name: cooperative.name,
          kind: cooperative.kind,
          regionCode: region.regionCode,
          districtCode: region.districtCode,
          regencyCode: region.regencyCode,
          provinceCode: region.provinceCode,
          missingIdentifiers: [...cooperative.missingIdentifiers],
        },
      },
    ],
  });
}
