import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ConfigModule, LoggingModule } from '@kdmp/config';
import { PersistenceModule } from '@kdmp/persistence';
import { MessagingModule } from '@kdmp/messaging';
import { ApplicationModule } from '@kdmp/application';
import { HealthModule } from './health/health.module';
import { CooperativesController } from './cooperatives/cooperatives.controller';
import { ProblemDetailsFilter } from './http/problem-details.filter';

@Module({
  imports: [
    ConfigModule,
    LoggingModule.forService('api'),
    PersistenceModule,
    // The API publishes (outbox relay) but consumes no queue.
    MessagingModule.forRoot({ consuming: [] }),
    ApplicationModule,
    HealthModule,
  ],
  controllers: [CooperativesController],
  providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }],
})
export class ApiModule {}
