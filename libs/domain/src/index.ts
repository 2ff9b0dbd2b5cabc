export * from './actor-kind';
export * from './cooperative-state';
export * from './decide-transition';
export * from './domain-error';
export * from './pipeline-command';
export * from './pipeline-event-type';
export * from './region-code';
export * from './transition-table';
