import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from './app-config';
import { currentCorrelationId } from './correlation';

/** JSON-lines logging (pino) for every service; each line carries the current correlation id. */
@Module({})
export class LoggingModule {
  static forService(service: string): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            // Access lines are written at info: above it the HTTP logger would only cost time
            // on every request, so it is not installed (other lines keep their correlation id).
            ...(accessLogsWritten(config.get('LOG_LEVEL')) ? {} : { forRoutes: [] }),
            pinoHttp: {
              level: config.get('LOG_LEVEL'),
              base: { service },
              mixin: () => {
                const correlationId = currentCorrelationId();
                return correlationId ? { correlationId } : {};
              },
              // Request ids are the correlation id, so access logs join the rest.
              genReqId: (request) => currentCorrelationId() ?? String(request.id ?? ''),
              redact: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.passwordHash'],
              customProps: () => ({}),
              autoLogging: { ignore: (request) => (request.url ?? '').startsWith('/health') },
            },
          }),
        }),
      ],
      exports: [LoggerModule],
    };
  }
}

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

function accessLogsWritten(level: (typeof LEVELS)[number]): boolean {
  return LEVELS.indexOf(level) <= LEVELS.indexOf('info');
}
