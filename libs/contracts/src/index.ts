export * from './domain-events';
export * from './queues';
export * from './event-routes';
