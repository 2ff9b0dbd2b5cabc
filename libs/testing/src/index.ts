export * from './test-run';
export * from './test-environment';
export * from './poll-until';
export * from './service-process';
export * from './kukar-fixture';
export * from './nest-context';
export * from './http-client';
