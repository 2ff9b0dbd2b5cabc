import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@kdmp/config';
import { dataSourceOptions } from './data-source-options';
import { runMigrationsUnderLock } from './run-migrations';
import { ENTITIES } from './entities';
import { UnitOfWork } from './unit-of-work/unit-of-work';
import { InboxService } from './outbox/inbox.service';
import { OutboxStore } from './outbox/outbox.store';
import { CooperativeRepository } from './cooperative/cooperative.repository';
import { UserRepository } from './user/user.repository';
import { NotificationRepository } from './notification/notification.repository';
import { IdempotencyKeyRepository } from './idempotency/idempotency-key.repository';
import { BusinessPlanRepository } from './business-plan/business-plan.repository';
import { ReviewRepository } from './review/review.repository';
import { PartnerRepository } from './partner/partner.repository';
import { MatchRepository } from './match/match.repository';
import { AccountTokenRepository } from './user/account-token.repository';

const REPOSITORIES = [
  UnitOfWork,
  InboxService,
  OutboxStore,
  CooperativeRepository,
  UserRepository,
  NotificationRepository,
  BusinessPlanRepository,
  ReviewRepository,
  IdempotencyKeyRepository,
  PartnerRepository,
  MatchRepository,
  AccountTokenRepository,
];

/**
 * The database of record. When MIGRATIONS_RUN is set, pending migrations are applied before
 * the data source is handed to anything else.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions({
          url: config.get('DATABASE_URL'),
          poolSize: config.get('DATABASE_POOL_SIZE'),
          statementTimeoutMs: config.get('DATABASE_STATEMENT_TIMEOUT_MS'),
          applicationName: 'kdmp',
        }),
        // Read by the factory below, which migrates under a lock instead of TypeORM's own run.
        migrationsRun: config.get('MIGRATIONS_RUN'),
      }),
      dataSourceFactory: async (options) => {
        const dataSource = await new DataSource({ ...options!, migrationsRun: false }).initialize();
        if (options!.migrationsRun) await runMigrationsUnderLock(dataSource);
        return dataSource;
      },
    }),
    TypeOrmModule.forFeature(ENTITIES),
  ],
  providers: REPOSITORIES,
  exports: [TypeOrmModule, ...REPOSITORIES],
})
export class PersistenceModule {}
