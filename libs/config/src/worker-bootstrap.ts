import type { INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppConfig } from './app-config';

/**
 * Starts a service without HTTP (workflow, notifier): an application context that closes
 * gracefully on SIGTERM/SIGINT (workers finish or hand back their active jobs), and is
 * forced out if closing takes longer than SHUTDOWN_TIMEOUT_MS.
 */
export async function bootstrapWorkerService(module: Type<unknown>, service: string): Promise<INestApplicationContext> {
  try {
    const app = await NestFactory.createApplicationContext(module, { bufferLogs: true });
    const logger = app.get(Logger);
    app.useLogger(logger);
    app.enableShutdownHooks();
    const timeoutMs = app.get(AppConfig).get('SHUTDOWN_TIMEOUT_MS');
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        setTimeout(() => {
          logger.warn(`${service}: graceful shutdown timed out; exiting`, 'Bootstrap');
          process.exit(1);
        }, timeoutMs).unref();
      });
    }
    logger.log(`${service} ready`, 'Bootstrap');
    return app;
  } catch (error) {
    process.stderr.write(`Start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
