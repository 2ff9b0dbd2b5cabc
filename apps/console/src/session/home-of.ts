import type { Me } from '../api/types';

/** Where a role starts after signing in. */
export function homeOf(me: Me): string {
  if (me.role === 'COOPERATIVE') return '/officer';
  if (me.role === 'REVIEWER') return '/reviews';
  return '/unsupported';
}
