export * from './redis-connection';
export * from './job-options';
export * from './job-handler';
export * from './job-dispatcher';
export * from './queue-gateway';
export * from './outbox-relay';
export * from './messaging.module';
