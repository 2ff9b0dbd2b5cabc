// The events are the domain's (declared once in @kdmp/domain); the queues carry them.
export {
  DOMAIN_EVENT_TYPES,
  PARTNER_EVENT_TYPES,
  isDomainEventType,
  type Actor,
  type AggregateType,
  type DomainEvent,
  type DomainEventPayloads,
  type DomainEventType,
  type NewDomainEvent,
  type PartnerEventType,
  type Rupiah,
  type ScreeningFailureReason,
} from '@kdmp/domain';
export * from './queues';
export * from './event-routes';
