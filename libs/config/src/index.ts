export * from './environment.schema';
export * from './app-config';
export * from './config.module';
export * from './correlation';
export * from './logging.module';
export * from './worker-bootstrap';
