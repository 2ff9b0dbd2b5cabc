import { Module } from '@nestjs/common';
import { QUEUES } from '@kdmp/contracts';
import { ConfigModule, LoggingModule } from '@kdmp/config';
import { PersistenceModule } from '@kdmp/persistence';
import { MessagingModule, OutboxReconciler } from '@kdmp/messaging';
import { ApplicationModule } from '@kdmp/application';
import { AuthModule } from '@kdmp/auth';
import { ScreenBusinessPlanHandler } from './handlers/screen-business-plan.handler';
import { RemindReviewStageHandler } from './handlers/remind-review-stage.handler';
import { EscalateReviewStageHandler } from './handlers/escalate-review-stage.handler';
import { StuckCooperativeSweeper } from './stuck-cooperative.sweeper';
import { StartMatchingHandler } from './handlers/start-matching.handler';
import { MatchAwaitingCooperativesHandler } from './handlers/match-awaiting-cooperatives.handler';
import { ExpireMatchHandler } from './handlers/expire-match.handler';

/**
 * Advances cooperatives (screening, matching, timers) and reconciles what Redis lost.
 * No HTTP.
 */
@Module({
  imports: [
    ConfigModule,
    LoggingModule.forService('workflow'),
    PersistenceModule,
    MessagingModule.forRoot({ consuming: [QUEUES.PIPELINE] }),
    AuthModule,
    ApplicationModule,
  ],
  providers: [
    OutboxReconciler,
    StuckCooperativeSweeper,
    ScreenBusinessPlanHandler,
    RemindReviewStageHandler,
    EscalateReviewStageHandler,
    StartMatchingHandler,
    MatchAwaitingCooperativesHandler,
    ExpireMatchHandler,
  ],
})
export class WorkflowModule {}
