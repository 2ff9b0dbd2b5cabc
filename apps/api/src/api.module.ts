import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ConfigModule, LoggingModule } from '@kdmp/config';
import { PersistenceModule } from '@kdmp/persistence';
import { MessagingModule } from '@kdmp/messaging';
import { ApplicationModule } from '@kdmp/application';
import { AuthModule } from '@kdmp/auth';
import { HealthModule } from './health/health.module';
import { CooperativesController } from './cooperatives/cooperatives.controller';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { IdempotencyInterceptor } from './http/idempotency.interceptor';
import { AccessGuard } from './auth/access.guard';
import { AdminBootstrap } from './auth/admin-bootstrap';
import { AuthController } from './auth/auth.controller';
import { ThrottlingModule } from './auth/throttling.module';
import { UsersController } from './users/users.controller';
import { InvitationsController } from './invitations/invitations.controller';
import { BusinessPlansController } from './business-plans/business-plans.controller';
import { ReviewsController } from './reviews/reviews.controller';
import { StatsController } from './stats/stats.controller';
import { PartnersController } from './partners/partners.controller';
import { MatchesController } from './matches/matches.controller';
import { NotificationsController } from './notifications/notifications.controller';
import { DeliveriesController } from './admin/deliveries.controller';
import { MetricsController } from './metrics/metrics.controller';
import { MetricsService } from './metrics/metrics.service';
import { RequestMetricsMiddleware } from './metrics/request-metrics.middleware';

@Module({
  imports: [
    ConfigModule,
    LoggingModule.forService('api'),
    PersistenceModule,
    // The API publishes (outbox relay) but consumes no queue.
    MessagingModule.forRoot({ consuming: [] }),
    AuthModule,
    ApplicationModule,
    ThrottlingModule,
    HealthModule,
  ],
  controllers: [
    AuthController,
    UsersController,
    InvitationsController,
    CooperativesController,
    BusinessPlansController,
    ReviewsController,
    StatsController,
    PartnersController,
    MatchesController,
    NotificationsController,
    DeliveriesController,
    MetricsController,
  ],
  providers: [
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
    { provide: APP_GUARD, useClass: AccessGuard },
    IdempotencyInterceptor,
    AdminBootstrap,
    MetricsService,
  ],
})
export class ApiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestMetricsMiddleware).forRoutes('*');
  }
}
