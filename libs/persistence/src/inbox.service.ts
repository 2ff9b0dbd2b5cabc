import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@kdmp/config';
import { OutboxMessage } from './outbox-message';
import { OutboxStore } from './outbox.store';
import { affectedRows } from './query-result';
import { CompanionWrite, companionCtes } from './companion-write';

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
      const recorded = (await tx.query(
        `INSERT INTO inbox_messages (consumer, message_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
        [consumer, messageId],
      )) as unknown[];
      if (recorded.length === 0) return { kind: 'duplicate' };
      const { result, outbox = [] } = await effect(tx);
      await this.outbox.insert(tx, outbox, this.config.get('OUTBOX_UNSENT_AFTER_MS'));
      await acknowledge(tx, messageId);
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
    const effects = companionCtes(writes, 2, 'EXISTS (SELECT 1 FROM consumed)', 'effect');
    const [row] = (await this.dataSource.query(
      `WITH consumed AS (
         INSERT INTO inbox_messages (consumer, message_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1
       ), acknowledged AS (
         DELETE FROM outbox_messages WHERE id::text = $2 AND EXISTS (SELECT 1 FROM consumed) RETURNING 1
       )${effects.sql}
       SELECT (SELECT count(*) FROM consumed)::int AS fresh`,
      [consumer, messageId, ...effects.parameters],
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

async function acknowledge(tx: EntityManager, messageId: string): Promise<void> {
  await tx.query(`DELETE FROM outbox_messages WHERE id = $1::uuid`, [messageId]);
}
