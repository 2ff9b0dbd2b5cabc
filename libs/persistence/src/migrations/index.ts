import { InitialSchema1764300000000 } from './1764300000000-initial-schema.migration';

/** Every migration, in order, registered as classes so they survive bundling. */
export const MIGRATIONS = [InitialSchema1764300000000];
