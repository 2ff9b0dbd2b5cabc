import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { BullModule } from '@nestjs/bullmq';
import { QueueName, QUEUES } from '@kdmp/contracts';
import { AppConfig } from '@kdmp/config';
import { redisConnectionOptions } from './redis-connection';
import { QueueGateway } from './queue-gateway';
import { RedisClient } from './redis-client';
import { OutboxRelay } from './outbox-relay';
import { CONSUMED_QUEUES, JobDispatcher } from './job-dispatcher';
import { QueueWorkers } from './queue-workers';

/**
 * BullMQ for every service: the connection, every queue (any process may publish to any
 * queue), the typed gateway and the outbox relay. `consuming` adds workers for the queues a
 * service consumes and checks at start-up that each of their jobs has one handler; a process
 * that consumes nothing (the API) gets no workers, only the check that it holds no handler.
 */
@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: { consuming: readonly QueueName[] }): DynamicModule {
    return {
      module: MessagingModule,
      imports: [
        DiscoveryModule,
        BullModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            connection: redisConnectionOptions(config.get('REDIS_URL')),
            prefix: config.get('QUEUE_PREFIX'),
          }),
        }),
        BullModule.registerQueue(...Object.values(QUEUES).map((name) => ({ name }))),
      ],
      providers: [
        RedisClient,
        QueueGateway,
        OutboxRelay,
        JobDispatcher,
        { provide: CONSUMED_QUEUES, useValue: options.consuming },
        ...(options.consuming.length > 0 ? [QueueWorkers] : []),
      ],
      exports: [RedisClient, QueueGateway, OutboxRelay, BullModule],
    };
  }
}
