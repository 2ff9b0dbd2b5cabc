import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { RedisClient } from '@kdmp/messaging';

/** Redis answers a PING within 1.5 s. */
@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly redis: RedisClient,
  ) {}

  async isHealthy(key = 'redis') {
    const indicator = this.health.check(key);
    try {
      const answer = await Promise.race([
        this.redis.connection.ping(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 1_500)),
      ]);
      return answer === 'PONG' ? indicator.up() : indicator.down({ message: 'unexpected answer' });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
