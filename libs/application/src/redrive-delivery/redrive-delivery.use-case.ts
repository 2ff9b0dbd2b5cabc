import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@kdmp/config';
import { NotificationRepository, OutboxStore, outboxMessageFor } from '@kdmp/persistence';
import { ApplicationError } from '../common/application-error';

/** An admin sends a dead delivery again: back to PENDING, with a fresh delivery job (and attempts). */
@Injectable()
export class RedriveDeliveryUseCase {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly outbox: OutboxStore,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async execute(notificationId: string): Promise<{ id: string; status: 'PENDING' }> {
    const notification = await this.notifications.findById(notificationId);
    if (!notification || notification.channel === 'IN_APP') throw ApplicationError.notFound('The delivery');
    const job = outboxMessageFor(
      {
        name: 'deliver-notification',
        jobId: `${notification.id}-redrive-${notification.redrives + 1}`,
        payload: { notificationId: notification.id, correlationId: notification.correlationId },
      },
      notification.correlationId,
    );
    await this.dataSource.transaction(async (tx) => {
      if (!(await this.notifications.reopenDead(tx, notification.id))) {
        throw new ApplicationError('CONFLICT', `Only a DEAD delivery can be redriven; this one is ${notification.status}.`);
      }
      await this.outbox.insert(tx, [job], this.config.get('OUTBOX_UNSENT_AFTER_MS'));
    });
    this.outbox.committed([job]);
    return { id: notification.id, status: 'PENDING' };
  }
}
