import type { RouteKey } from '../auth/route-table';
import { arrayOf, ref, Schema } from './schema-builders';

export interface RouteResponse {
  /** The success status and its body (none for 204). */
  status: number;
  body?: Schema;
  /** Problems this route answers beyond those its access and input imply (see openapi.ts). */
  problems?: readonly number[];
}

const oneOf = (...names: string[]): Schema => ({ oneOf: names.map(ref) });

/**
 * Each route's success body and its own problems. Typed by the route table, so a route added
 * there without its answer here does not compile.
 */
export const ROUTE_RESPONSES: { readonly [K in RouteKey]: RouteResponse } = {
  'POST /v1/auth/login': { status: 200, body: ref('AccessToken'), problems: [429] },
  'GET /v1/regions': { status: 200, body: ref('RegionList') },
  'POST /v1/auth/password-reset': { status: 202, body: ref('PasswordResetAccepted'), problems: [429] },
  'POST /v1/auth/password-reset/confirm': { status: 204, problems: [410, 429] },
  'GET /v1/me': { status: 200, body: ref('Me') },
  'POST /v1/me/password': { status: 200, body: ref('AccessToken'), problems: [429] },
  'POST /v1/users': { status: 201, body: ref('User'), problems: [409] },
  'GET /v1/users': { status: 200, body: ref('UserPage') },
  'POST /v1/users/:id/disable': { status: 200, body: ref('User'), problems: [409] },
  'POST /v1/users/:id/enable': { status: 200, body: ref('User') },
  'POST /v1/invitations': { status: 201, body: ref('Invitation'), problems: [409] },
  'POST /v1/invitations/accept': { status: 201, body: ref('User'), problems: [409, 410, 429] },
  'POST /v1/cooperatives': { status: 201, body: ref('Cooperative'), problems: [409] },
  'POST /v1/cooperatives/import': { status: 200, body: ref('ImportReport') },
  'GET /v1/cooperatives': { status: 200, body: ref('CooperativePage') },
  'GET /v1/cooperatives/:id': { status: 200, body: ref('Cooperative') },
  'PATCH /v1/cooperatives/:id': { status: 200, body: ref('Cooperative'), problems: [409] },
  'GET /v1/cooperatives/:id/timeline': { status: 200, body: arrayOf(ref('TimelineEntry')) },
  'POST /v1/cooperatives/:id/withdraw': { status: 200, body: ref('Cooperative'), problems: [409] },
  'POST /v1/cooperatives/:id/business-plans': { status: 202, body: ref('SubmittedBusinessPlan'), problems: [409] },
  'GET /v1/cooperatives/:id/business-plans': { status: 200, body: arrayOf(ref('BusinessPlan')) },
  'GET /v1/reviews': { status: 200, body: ref('ReviewWorkItemPage') },
  'GET /v1/reviews/:id': { status: 200, body: ref('Review') },
  'POST /v1/reviews/:id/decisions': { status: 200, body: ref('Review'), problems: [409] },
  'GET /v1/stats/funnel': { status: 200, body: ref('FunnelStats') },
  'POST /v1/partners': { status: 201, body: ref('RegisteredPartner'), problems: [409] },
  'GET /v1/partners': { status: 200, body: ref('PartnerPage') },
  'GET /v1/partners/:id': { status: 200, body: oneOf('Partner', 'PartnerPublicProfile') },
  'PATCH /v1/partners/:id': { status: 200, body: ref('Partner'), problems: [409] },
  'POST /v1/partners/:id/webhook-secret': { status: 200, body: ref('WebhookSecret') },
  'GET /v1/matches': { status: 200, body: ref('MatchPage') },
  'POST /v1/matches/:id/accept': { status: 200, body: ref('Match'), problems: [409] },
  'POST /v1/matches/:id/decline': { status: 200, body: ref('Match'), problems: [409] },
  'GET /v1/notifications': { status: 200, body: ref('NotificationPage') },
  'POST /v1/notifications/:id/read': { status: 200, body: ref('Notification') },
  'PATCH /v1/me/preferences': { status: 204 },
  'GET /v1/admin/deliveries': { status: 200, body: ref('DeliveryPage') },
  'POST /v1/admin/deliveries/:id/redrive': { status: 202, body: ref('RedriveAccepted'), problems: [409] },
};
