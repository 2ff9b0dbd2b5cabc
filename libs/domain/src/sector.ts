/** The sectors a cooperative works in and a business plan belongs to (docs/domain.md). */
export const SECTORS = [
  'AGRICULTURE',
  'PLANTATION',
  'FISHERIES',
  'LIVESTOCK',
  'PROCESSED_FOOD',
  'WASTE_PROCESSING',
  'RETAIL',
  'LOGISTICS',
  'SAVINGS_AND_LOAN',
  'HEALTH',
  'TOURISM',
  'OTHER',
] as const;

export type Sector = (typeof SECTORS)[number];

export const VILLAGE_KINDS = ['DESA', 'KELURAHAN'] as const;

/** A cooperative needs at least nine members (docs/domain.md, Cooperative). */
export const MINIMUM_MEMBER_COUNT = 9;
