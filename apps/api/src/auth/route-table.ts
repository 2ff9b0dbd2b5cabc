import type { Role } from '@kdmp/auth';

/** Where @Allow stores a handler's route key. */
export const ROUTE_KEY_METADATA = 'kdmp:route-key';

/**
 * Who may call each endpoint (docs/api.md, "Roles and scopes"). The access guard enforces this table, the
 * authorization matrix test is generated from it, and a route missing from it is refused.
 *
 * - `public`: no token needed. With `roles`, a caller who does send a token must hold one of
 *   them (self-registration is open; an admin may register too, an officer may not).
 * - `scope`: the object in the path is checked in the query against the caller; outside it
 *   answers 404, like a missing one.
 */
export interface RouteAccess {
  public?: boolean;
  roles: readonly Role[];
  scope?: 'cooperative' | 'review' | 'partner' | 'match' | 'notification' | 'delivery';
  /** The status of a successful call, for the matrix test. */
  success: number;
}

const EVERYONE: readonly Role[] = ['ADMIN', 'REVIEWER', 'COOPERATIVE', 'PARTNER'];

export const ROUTE_TABLE = {
  'POST /v1/auth/login': { public: true, roles: [], success: 200 },
  'POST /v1/auth/password-reset': { public: true, roles: [], success: 202 },
  'POST /v1/auth/password-reset/confirm': { public: true, roles: [], success: 204 },
  'GET /v1/me': { roles: EVERYONE, success: 200 },
  'POST /v1/me/password': { roles: EVERYONE, success: 200 },
  'POST /v1/users': { roles: ['ADMIN'], success: 201 },
  'GET /v1/users': { roles: ['ADMIN'], success: 200 },
  'POST /v1/users/:id/disable': { roles: ['ADMIN'], success: 200 },
  'POST /v1/users/:id/enable': { roles: ['ADMIN'], success: 200 },
  'POST /v1/invitations': { roles: ['ADMIN'], success: 201 },
  'POST /v1/invitations/accept': { public: true, roles: [], success: 201 },
  'POST /v1/cooperatives': { public: true, roles: ['ADMIN'], success: 201 },
  'POST /v1/cooperatives/import': { roles: ['ADMIN'], success: 200 },
  'GET /v1/cooperatives': { roles: ['ADMIN', 'REVIEWER'], success: 200 },
  'GET /v1/cooperatives/:id': { roles: EVERYONE, scope: 'cooperative', success: 200 },
  'GET /v1/cooperatives/:id/timeline': { roles: ['ADMIN', 'REVIEWER', 'COOPERATIVE'], scope: 'cooperative', success: 200 },
  'POST /v1/cooperatives/:id/withdraw': { roles: ['ADMIN', 'COOPERATIVE'], scope: 'cooperative', success: 200 },
  'POST /v1/cooperatives/:id/business-plans': { roles: ['COOPERATIVE'], scope: 'cooperative', success: 202 },
  'GET /v1/cooperatives/:id/business-plans': { roles: ['ADMIN', 'REVIEWER', 'COOPERATIVE'], scope: 'cooperative', success: 200 },
  'GET /v1/reviews': { roles: ['ADMIN', 'REVIEWER'], success: 200 },
  'GET /v1/reviews/:id': { roles: ['ADMIN', 'REVIEWER', 'COOPERATIVE'], scope: 'review', success: 200 },
  'POST /v1/reviews/:id/decisions': { roles: ['REVIEWER'], scope: 'review', success: 200 },
  'GET /v1/stats/funnel': { roles: ['ADMIN'], success: 200 },
  'POST /v1/partners': { roles: ['ADMIN'], success: 201 },
  'GET /v1/partners': { roles: ['ADMIN', 'PARTNER'], success: 200 },
  'GET /v1/partners/:id': { roles: ['ADMIN', 'PARTNER'], scope: 'partner', success: 200 },
  'PATCH /v1/partners/:id': { roles: ['ADMIN', 'PARTNER'], scope: 'partner', success: 200 },
  'POST /v1/partners/:id/webhook-secret': { roles: ['ADMIN', 'PARTNER'], scope: 'partner', success: 200 },
  'GET /v1/matches': { roles: ['ADMIN', 'PARTNER', 'COOPERATIVE'], success: 200 },
  'POST /v1/matches/:id/accept': { roles: ['PARTNER'], scope: 'match', success: 200 },
  'POST /v1/matches/:id/decline': { roles: ['PARTNER'], scope: 'match', success: 200 },
  'GET /v1/notifications': { roles: EVERYONE, success: 200 },
  'POST /v1/notifications/:id/read': { roles: EVERYONE, scope: 'notification', success: 200 },
  'PATCH /v1/me/preferences': { roles: EVERYONE, success: 204 },
  'GET /v1/admin/deliveries': { roles: ['ADMIN'], success: 200 },
  'POST /v1/admin/deliveries/:id/redrive': { roles: ['ADMIN'], scope: 'delivery', success: 202 },
} as const satisfies Record<string, RouteAccess>;

export type RouteKey = keyof typeof ROUTE_TABLE;

export function routeAccess(key: RouteKey): RouteAccess {
  return ROUTE_TABLE[key];
}
