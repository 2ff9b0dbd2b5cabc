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
import { exitOnStartupFailure } from './startup';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(correlationMiddleware);
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
  app.get(Logger).log(`api ready on port ${port}`, 'Bootstrap');
}

bootstrap().catch(exitOnStartupFailure);
