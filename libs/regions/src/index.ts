export * from './region';
export * from './region-directory';
export * from './region-file';
export * from './address-agreement';
export * from './regions.module';
