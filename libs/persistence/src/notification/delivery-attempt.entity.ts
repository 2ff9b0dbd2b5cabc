import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'delivery_attempts' })
export class DeliveryAttemptEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('uuid', { name: 'notification_id' }) notificationId: string;
  @Column('integer') attempt: number;
  @Column('timestamptz', { name: 'attempted_at' }) attemptedAt: Date;
  @Column('text') outcome: 'SENT' | 'FAILED' | 'DEAD';
  @Column('integer', { name: 'status_code', nullable: true }) statusCode: number | null;
  @Column('text', { nullable: true }) error: string | null;
  @Column('integer', { name: 'duration_ms' }) durationMs: number;
}
