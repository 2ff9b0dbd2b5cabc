import { CooperativeEntity } from './cooperative.entity';
import { DomainEventEntity } from './domain-event.entity';
import { NotificationEntity } from './notification.entity';
import { UserEntity } from './user.entity';
import { BusinessPlanEntity } from './business-plan.entity';
import { ReviewDecisionEntity, ReviewEntity } from './review.entity';
import { PartnerEntity } from './partner.entity';
import { MatchEntity } from './match.entity';
import { DeliveryAttemptEntity } from './delivery-attempt.entity';
import { AccountTokenEntity } from './account-token.entity';

export * from './cooperative.entity';
export * from './domain-event.entity';
export * from './notification.entity';
export * from './user.entity';
export * from './business-plan.entity';
export * from './review.entity';
export * from './partner.entity';
export * from './match.entity';
export * from './delivery-attempt.entity';
export * from './account-token.entity';

export const ENTITIES = [
  CooperativeEntity,
  DomainEventEntity,
  NotificationEntity,
  UserEntity,
  BusinessPlanEntity,
  ReviewEntity,
  ReviewDecisionEntity,
  PartnerEntity,
  MatchEntity,
  DeliveryAttemptEntity,
  AccountTokenEntity,
];
