import { CooperativeEntity } from './cooperative.entity';
import { DomainEventEntity } from './domain-event.entity';
import { NotificationEntity } from './notification.entity';
import { UserEntity } from './user.entity';

export * from './cooperative.entity';
export * from './domain-event.entity';
export * from './notification.entity';
export * from './user.entity';

export const ENTITIES = [CooperativeEntity, DomainEventEntity, NotificationEntity, UserEntity];
