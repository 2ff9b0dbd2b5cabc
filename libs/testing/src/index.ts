export * from './test-run';
export * from './test-environment';
export * from './poll-until';
export * from './delete-keys';
export * from './service-process';
export * from './registration-fixtures';
export * from './json-client';
export * from './http-client';
