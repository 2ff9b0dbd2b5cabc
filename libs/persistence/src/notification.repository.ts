import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { NotificationEntity } from './entities';

@Injectable()
export class NotificationRepository {
  constructor(@InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>) {}

  /** Inserts rows that do not exist yet (unique on event, recipient and channel); returns those inserted. */
  async insertNew(tx: EntityManager, rows: NotificationEntity[]): Promise<NotificationEntity[]> {
    if (rows.length === 0) return [];
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(rows as QueryDeepPartialEntity<NotificationEntity>[])
      .orIgnore()
      .returning(['id'])
      .execute();
    const inserted = new Set((result.raw as { id: string }[]).map((row) => row.id));
    return rows.filter((row) => inserted.has(row.id));
  }

  inboxOf(recipientId: string, options: { unreadOnly: boolean; limit: number; offset: number }) {
    const query = this.notifications
      .createQueryBuilder('n')
      .where('n.recipient_id = :recipientId', { recipientId })
      .andWhere(`n.channel = 'IN_APP'`)
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(options.limit)
      .offset(options.offset);
    if (options.unreadOnly) query.andWhere('n.read_at IS NULL');
    return query.getManyAndCount();
  }

  forEvent(eventId: string): Promise<NotificationEntity[]> {
    return this.notifications.find({ where: { eventId }, order: { createdAt: 'ASC' } });
  }
}
