import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import Redis from 'ioredis';
import type { Request } from 'express';
import { AppConfig } from '@kdmp/config';

const MINUTE_MS = 60_000;

/** The login limits, kept in Redis under this deployment's prefix. */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        throttlers: [
          {
            name: 'login-address',
            ttl: MINUTE_MS,
            limit: config.get('LOGIN_ATTEMPTS_PER_MINUTE'),
            getTracker: (request: Record<string, any>) => String((request as Request).ip ?? 'unknown'),
          },
          {
            name: 'login-account',
            ttl: MINUTE_MS,
            limit: config.get('LOGIN_ATTEMPTS_PER_MINUTE'),
            getTracker: (request: Record<string, any>) => String((request as Request).body?.email ?? '').toLowerCase(),
          },
        ],
        storage: new ThrottlerStorageRedisService(
          new Redis(config.get('REDIS_URL'), { keyPrefix: `${config.get('QUEUE_PREFIX')}:throttle:`, maxRetriesPerRequest: 1 }),
        ),
      }),
    }),
  ],
  exports: [ThrottlerModule],
})
export class ThrottlingModule {}
