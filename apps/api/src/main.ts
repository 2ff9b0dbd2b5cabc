import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@kdmp/config';
import { ApiModule } from './api.module';
import { IMPORT_PATH, importBodyParser, jsonBodyParser } from './http/body-parsers';
import { correlationMiddleware } from './http/correlation.middleware';
import { storableTextMiddleware } from './http/storable-text.middleware';
import { answerClientErrorsAsProblems } from './http/client-errors';
import { strictValidationPipe } from './http/validation.pipe';
import { mountOpenApi } from './docs/openapi';
import { mountConsole } from './console/mount-console';
import { exitOnStartupFailure } from './startup';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(correlationMiddleware);
  // The web console's files and pages, before the API's routes (see mount-console.ts).
  const consoleMounted = mountConsole(app);
  app.use(IMPORT_PATH, importBodyParser());
  app.use(jsonBodyParser());
  // After parsing, before any route: text Postgres cannot store is a 400 everywhere.
  app.use(storableTextMiddleware([IMPORT_PATH]));
  app.useGlobalPipes(strictValidationPipe());
  app.enableShutdownHooks();
  mountOpenApi(app);
  answerClientErrorsAsProblems(app.getHttpServer());
  const port = app.get(AppConfig).get('PORT');
  await app.listen(port);
  if (!consoleMounted) app.get(Logger).warn('console not built (dist/console missing): only the API is served', 'Bootstrap');
  app.get(Logger).log(`api ready on port ${port}`, 'Bootstrap');
}

bootstrap().catch(exitOnStartupFailure);
