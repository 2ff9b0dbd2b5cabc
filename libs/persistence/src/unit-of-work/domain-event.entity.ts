import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One entry of an aggregate's history; written by the unit of work, never updated. */
@Entity({ name: 'domain_events' })
export class DomainEventEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text', { name: 'aggregate_type' }) aggregateType: string;
  @Column('uuid', { name: 'aggregate_id' }) aggregateId: string;
  @Column('integer') sequence: number;
  @Column('text') type: string;
  @Column('jsonb') payload: Record<string, unknown>;
  @Column('text', { name: 'actor_type' }) actorType: 'USER' | 'SYSTEM';
  @Column('text', { name: 'actor_id' }) actorId: string;
  @Column('text', { name: 'from_state', nullable: true }) fromState: string | null;
  @Column('text', { name: 'to_state', nullable: true }) toState: string | null;
  @Column('text', { name: 'correlation_id' }) correlationId: string;
  @Column('timestamptz', { name: 'occurred_at' }) occurredAt: Date;
}
