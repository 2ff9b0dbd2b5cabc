import { InitialSchema1764300000000 } from './1764300000000-initial-schema.migration';
import { FinancingWorkflow1764400000000 } from './1764400000000-financing-workflow.migration';
import { PartnersAndMatching1764500000000 } from './1764500000000-partners-and-matching.migration';
import { Deliveries1764600000000 } from './1764600000000-deliveries.migration';
import { CooperativeListing1764700000000 } from './1764700000000-cooperative-listing.migration';
import { Accounts1764800000000 } from './1764800000000-accounts.migration';

/** Every migration, in order, registered as classes so they survive bundling. */
export const MIGRATIONS = [
  InitialSchema1764300000000,
  FinancingWorkflow1764400000000,
  PartnersAndMatching1764500000000,
  Deliveries1764600000000,
  CooperativeListing1764700000000,
  Accounts1764800000000,
];
