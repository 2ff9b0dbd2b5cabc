import { Column, Entity, PrimaryColumn } from 'typeorm';

export type NotificationChannel = 'IN_APP' | 'EMAIL' | 'WEBHOOK';
export type NotificationStatus = 'PENDING' | 'SENT' | 'FAILED' | 'DEAD';

@Entity({ name: 'notifications' })
export class NotificationEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'event_id' }) eventId: string;
  @Column('text', { name: 'event_type' }) eventType: string;
  @Column('text', { name: 'recipient_type' }) recipientType: 'USER' | 'PARTNER';
  @Column('uuid', { name: 'recipient_id' }) recipientId: string;
  @Column('text') channel: NotificationChannel;
  @Column('text') template: string;
  @Column('text') locale: string;
  @Column('text') title: string;
  @Column('text') body: string;
  @Column('jsonb') data: Record<string, unknown>;
  @Column('text') status: NotificationStatus;
  @Column('integer') attempts: number;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
  @Column('text', { name: 'correlation_id' }) correlationId: string;
  /** Where an email or a webhook goes (the address at fan-out time). */
  @Column('text', { nullable: true }) address: string | null;
  @Column('integer') redrives: number;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt: Date | null;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt: Date | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
