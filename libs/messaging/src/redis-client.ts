import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '@kdmp/config';

/**
 * A plain Redis connection for what is not a queue: readiness pings and shared counters.
 * Fails fast (one retry per command) so a health check answers instead of hanging.
 */
@Injectable()
export class RedisClient implements OnApplicationShutdown {
  readonly connection: Redis;

  constructor(config: AppConfig) {
    this.connection = new Redis(config.get('REDIS_URL'), { maxRetriesPerRequest: 1, lazyConnect: false });
    // Errors surface through the commands that fail; the event itself needs no handling.
    this.connection.on('error', () => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection.quit().catch(() => this.connection.disconnect());
  }
}
