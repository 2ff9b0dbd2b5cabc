import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@kdmp/config';
import { dataSourceOptions } from './data-source-options';
import { runMigrationsUnderLock } from './run-migrations';
import { ENTITIES } from './entities';
import { UnitOfWork } from './unit-of-work';
import { InboxService } from './inbox.service';
import { OutboxStore } from './outbox.store';
import { CooperativeRepository } from './cooperative.repository';
import { UserRepository } from './user.repository';
import { NotificationRepository } from './notification.repository';
import { IdempotencyKeyRepository } from './idempotency-key.repository';
import { BusinessPlanRepository } from './business-plan.repository';
import { ReviewRepository } from './review.repository';
import { PartnerRepository } from './partner.repository';
import { MatchRepository } from './match.repository';
import { AccountTokenRepository } from './account-token.repository';

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
