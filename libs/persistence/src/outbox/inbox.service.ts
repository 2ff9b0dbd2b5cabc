import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@kdmp/config';
import { OutboxMessage } from './outbox-message';
import { OutboxStore } from './outbox.store';
import { affectedRows } from '../sql/query-result';
import { CompanionWrite, companionCtes } from '../unit-of-work/companion-write';
import { acknowledgeOutbox, recordInbox } from './message-steps';
import { named } from '../sql/named-parameters';

export type InboxOutcome<T> = { kind: 'processed'; result: T } | { kind: 'duplicate' };

/**
 * Exactly-once effects on top of at-least-once delivery: a consumer's record of a message
 * and the message's effects commit together, and the outbox row that carried the message is
 * deleted with them. A second delivery finds the record and does nothing.
 */
@Injectable()
export class InboxService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxStore,
    private readonly config: AppConfig,
  ) {}

  async handleOnce<T>(
    consumer: string,
    messageId: string,
    effect: (tx: EntityManager) => Promise<{ result: T; outbox?: OutboxMessage[] }>,
  ): Promise<InboxOutcome<T>> {
    let written: OutboxMessage[] = [];
    const outcome = await this.dataSource.transaction(async (tx): Promise<InboxOutcome<T>> => {
      const record = named(recordInbox(), { consumer, messageId });
      const recorded = (await tx.query(record.sql, record.parameters)) as unknown[];
      if (recorded.length === 0) return { kind: 'duplicate' };
      const { result, outbox = [] } = await effect(tx);
      await this.outbox.insert(tx, outbox, this.config.get('OUTBOX_UNSENT_AFTER_MS'));
      const acknowledge = named(acknowledgeOutbox(), { messageId });
      await tx.query(acknowledge.sql, acknowledge.parameters);
      written = outbox;
      return { kind: 'processed', result };
    });
    this.outbox.committed(written);
    return outcome;
  }

  /**
   * The same guarantee in one statement, for effects that are plain writes: the inbox record,
   * the writes (each a companion, `{{changed}}` meaning "the message is new") and the outbox
   * row's deletion, with no transaction around them.
   */
  async consumeWith(consumer: string, messageId: string, writes: CompanionWrite[]): Promise<'processed' | 'duplicate'> {
    const fresh = 'EXISTS (SELECT 1 FROM consumed)';
    const statement = named(
      `WITH consumed AS (
         ${recordInbox()}
       ), acknowledged AS (
         ${acknowledgeOutbox(fresh)}
       )`,
      { consumer, messageId },
    );
    const effects = companionCtes(writes, statement.parameters.length, fresh, 'effect');
    const [row] = (await this.dataSource.query(
      `${statement.sql}${effects.sql}
       SELECT (SELECT count(*) FROM consumed)::int AS fresh`,
      [...statement.parameters, ...effects.parameters],
    )) as { fresh: number }[];
    return row.fresh === 1 ? 'processed' : 'duplicate';
  }

  /** A message that turned out to need no effect (a timer for a closed stage) is still consumed. */
  async acknowledge(consumer: string, messageId: string): Promise<void> {
    await this.handleOnce(consumer, messageId, async () => ({ result: undefined }));
  }

  async prune(olderThanHours: number): Promise<number> {
    return affectedRows(
      await this.dataSource.query(`DELETE FROM inbox_messages WHERE processed_at < now() - $1 * interval '1 hour'`, [olderThanHours]),
    );
  }
}
