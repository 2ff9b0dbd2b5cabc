import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DeliveryAttemptEntity, NotificationEntity, NotificationStatus } from '../entities';
import { affectedRows } from '../sql/query-result';
import { CHANGED_MARKER, CompanionWrite, companionCtes } from '../unit-of-work/companion-write';
import { EntityRows } from '../sql/entity-rows';

@Injectable()
export class NotificationRepository {
  private readonly rows: EntityRows<NotificationEntity>;

  constructor(@InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>) {
    this.rows = new EntityRows(notifications);
  }

  /** An attempt that will be retried (no inbox record yet): its writes in one statement. */
  async recordAttempt(notificationId: string, attempt: Parameters<NotificationRepository['attemptWrites']>[1]): Promise<void> {
    const { sql, parameters } = companionCtes(this.attemptWrites(notificationId, attempt), 0, 'true', 'attempt');
    await this.notifications.query(`WITH noop AS (SELECT 1)${sql} SELECT 1`, parameters);
  }

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

  inboxOf(recipientId: string, options: { unreadOnly: boolean; limit: number; offset: number }): Promise<[NotificationEntity[], number]> {
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

  /** Read by every delivery attempt: hand-written SQL. */
  findById(id: string): Promise<NotificationEntity | null> {
    return this.rows.one(`SELECT ${this.rows.columns('n')} FROM notifications n WHERE n.id = $1`, [id]);
  }

  /** Marks a recipient's own in-app notification read; false when it is not theirs (or missing). */
  async markRead(id: string, recipientId: string): Promise<NotificationEntity | null> {
    await this.notifications.query(
      `UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND recipient_id = $2 AND channel = 'IN_APP'`,
      [id, recipientId],
    );
    return this.notifications.findOneBy({ id, recipientId, channel: 'IN_APP' });
  }

  /** Records one delivery attempt and where the delivery now stands. */
  /**
   * One delivery attempt: the notification's status and count, and its row in the attempt
   * log, as writes for one statement (with the message's inbox record on the last attempt).
   * Both read the row as it was before the statement, so the attempt number is the new count.
   */
  attemptWrites(
    notificationId: string,
    attempt: { outcome: DeliveryAttemptEntity['outcome']; statusCode?: number; error?: string; durationMs: number },
  ): CompanionWrite[] {
    const status: NotificationStatus = attempt.outcome === 'SENT' ? 'SENT' : attempt.outcome === 'DEAD' ? 'DEAD' : 'FAILED';
    return [
      {
        sql: `UPDATE notifications
                 SET attempts = attempts + 1, status = $2, last_error = $3,
                     sent_at = CASE WHEN $2 = 'SENT' THEN now() ELSE sent_at END
               WHERE id = $1 AND ${CHANGED_MARKER}`,
        parameters: [notificationId, status, attempt.error ?? null],
      },
      {
        sql: `INSERT INTO delivery_attempts (notification_id, attempt, outcome, status_code, error, duration_ms)
              SELECT n.id, n.attempts + 1, $2, $3, $4, $5 FROM notifications n WHERE n.id = $1 AND ${CHANGED_MARKER}`,
        parameters: [notificationId, attempt.outcome, attempt.statusCode ?? null, attempt.error ?? null, attempt.durationMs],
      },
    ];
  }

  /** Deliveries (email and webhook) for the admins, newest first, with their attempts. */
  async deliveries(filter: { status?: NotificationStatus; limit: number; offset: number }) {
    const query = this.notifications
      .createQueryBuilder('n')
      .where(`n.channel <> 'IN_APP'`)
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(filter.limit)
      .skip(filter.offset);
    if (filter.status) query.andWhere('n.status = :status', { status: filter.status });
    const [rows, total] = await query.getManyAndCount();
    const attempts = rows.length
      ? await this.notifications.manager.getRepository(DeliveryAttemptEntity).find({
          where: rows.map((row) => ({ notificationId: row.id })),
          order: { attempt: 'ASC' },
        })
      : [];
    return { rows, total, attempts };
  }

  /** A dead delivery goes back to PENDING; false when it was not dead. */
  async reopenDead(tx: EntityManager, id: string): Promise<boolean> {
    return (
      affectedRows(
        await tx.query(
          `UPDATE notifications SET status = 'PENDING', redrives = redrives + 1 WHERE id = $1 AND status = 'DEAD' AND channel <> 'IN_APP'`,
          [id],
        ),
      ) > 0
    );
  }

  forEvent(eventId: string): Promise<NotificationEntity[]> {
    return this.notifications.find({ where: { eventId }, order: { createdAt: 'ASC' } });
  }
}
