import type { DomainEventType } from './domain-events';
import type { JobPayloads } from './queues';

type EventJobName = {
  [J in keyof JobPayloads]: JobPayloads[J] extends { eventId: string } ? J : never;
}[keyof JobPayloads];

/**
 * Which jobs each committed event starts. Every event notifies someone (docs/domain.md,
 * "Notifications: who hears what"), so every event fans out; workflow reactions are added
 * here as their consumers are built. The unit of work writes one outbox row per entry.
 */
export const EVENT_ROUTES: { readonly [E in DomainEventType]: readonly EventJobName[] } = {
  'cooperative.registered': ['fan-out-event'],
  'business-plan.submitted': ['fan-out-event', 'screen-business-plan'],
  'screening.passed': ['fan-out-event'],
  'screening.failed': ['fan-out-event'],
  'review.stage-opened': ['fan-out-event'],
  'review.stage-approved': ['fan-out-event'],
  'review.revision-requested': ['fan-out-event'],
  'financing.reviewed': ['fan-out-event', 'start-matching'],
  'partner.matched': ['fan-out-event'],
  'partner.none-found': ['fan-out-event'],
  'match.accepted': ['fan-out-event'],
  'match.declined': ['fan-out-event', 'start-matching'],
  'match.expired': ['fan-out-event', 'start-matching'],
  'cooperative.withdrawn': ['fan-out-event'],
  'review.reminder': ['fan-out-event'],
  'review.escalated': ['fan-out-event'],
  'partner.registered': ['fan-out-event', 'match-awaiting-cooperatives'],
  'partner.updated': ['fan-out-event', 'match-awaiting-cooperatives'],
};
