export * from './format';
export * from './labels';
export * from './notification-error';
export * from './recipient-matrix';
export * from './templates';
