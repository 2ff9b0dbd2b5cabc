import { CooperativeEntity } from './cooperative/cooperative.entity';
import { DomainEventEntity } from './unit-of-work/domain-event.entity';
import { NotificationEntity } from './notification/notification.entity';
import { UserEntity } from './user/user.entity';
import { AccountTokenEntity } from './user/account-token.entity';
import { BusinessPlanEntity } from './business-plan/business-plan.entity';
import { ReviewEntity } from './review/review.entity';
import { ReviewDecisionEntity } from './review/review-decision.entity';
import { PartnerEntity } from './partner/partner.entity';
import { MatchEntity } from './match/match.entity';
import { DeliveryAttemptEntity } from './notification/delivery-attempt.entity';

export * from './cooperative/cooperative.entity';
export * from './unit-of-work/domain-event.entity';
export * from './notification/notification.entity';
export * from './user/user.entity';
export * from './user/account-token.entity';
export * from './business-plan/business-plan.entity';
export * from './review/review.entity';
export * from './review/review-decision.entity';
export * from './partner/partner.entity';
export * from './match/match.entity';
export * from './notification/delivery-attempt.entity';

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
