import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxMessage } from './outbox-message';
import { markPublished, queueOutbox } from './message-steps';
import { named } from '../sql/named-parameters';

export type CommittedListener = (messages: OutboxMessage[]) => void;

/** Which rows a sweep takes: never published, or published but still not consumed. */
export type OutboxSweep = 'unpublished' | 'unconsumed';

interface OutboxRow {
  id: string;
  job_id: string;
  queue: OutboxMessage['queue'];
  job_name: OutboxMessage['jobName'];
  payload: OutboxMessage['payload'];
  correlation_id: string;
  run_at: Date | null;
}

/**
 * The outbox table. A row lives from the commit that wrote it until the consumer that handled
 * its job deletes it; `next_publish_at` says when a sweep should (re)publish it if nobody has.
 */
@Injectable()
export class OutboxStore {
  private readonly listeners: CommittedListener[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The relay registers here to publish rows right after the commit that wrote them. */
  onCommitted(listener: CommittedListener): void {
    this.listeners.push(listener);
  }

  committed(messages: OutboxMessage[]): void {
    if (messages.length === 0) return;
    for (const listener of this.listeners) listener(messages);
  }

  /** Writes rows inside a caller's transaction; call `committed` after that commits. */
  async insert(tx: EntityManager, messages: OutboxMessage[], unsentAfterMs: number): Promise<void> {
    if (messages.length === 0) return;
    const statement = named(queueOutbox(), { outbox: JSON.stringify(messages), unsentAfterMs });
    await tx.query(statement.sql, statement.parameters);
  }

  /**
   * A transaction of its own whose `work` returns the jobs to queue: they are written in it,
   * and handed to the relay once it commits. Returns the jobs written.
   */
  async queueWith(unsentAfterMs: number, work: (tx: EntityManager) => Promise<OutboxMessage[]>): Promise<OutboxMessage[]> {
    const messages = await this.dataSource.transaction(async (tx) => {
      const written = await work(tx);
      await this.insert(tx, written, unsentAfterMs);
      return written;
    });
    this.committed(messages);
    return messages;
  }

  /** After a publish: look again only if the job is still unconsumed long after it was due. */
  async markPublished(ids: string[], republishAfterMs: number): Promise<void> {
    if (ids.length === 0) return;
    const statement = named(markPublished(), { ids, republishAfterMs });
    await this.dataSource.query(statement.sql, statement.parameters);
  }

  /**
   * Takes due rows under `FOR UPDATE SKIP LOCKED` (so replicas share the work), hands them to
   * `publish`, and pushes their next look back, all in one transaction.
   */
  async sweep(
    which: OutboxSweep,
    limit: number,
    republishAfterMs: number,
    publish: (messages: OutboxMessage[]) => Promise<void>,
  ): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const rows = (await tx.query(
        `SELECT id, job_id, queue, job_name, payload, correlation_id, run_at
           FROM outbox_messages
          WHERE next_publish_at <= now() AND published_at IS ${which === 'unpublished' ? 'NULL' : 'NOT NULL'}
          ORDER BY next_publish_at
          LIMIT $1
          FOR UPDATE SKIP LOCKED`,
        [limit],
      )) as OutboxRow[];
      if (rows.length === 0) return 0;
      await publish(rows.map(toMessage));
      const published = named(markPublished(), { ids: rows.map((row) => row.id), republishAfterMs });
      await tx.query(published.sql, published.parameters);
      return rows.length;
    });
  }

  async pendingCount(): Promise<number> {
    const [row] = (await this.dataSource.query(`SELECT count(*)::int AS count FROM outbox_messages`)) as { count: number }[];
    return row.count;
  }
}

function toMessage(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    jobId: row.job_id,
    queue: row.queue,
    jobName: row.job_name,
    payload: row.payload,
    correlationId: row.correlation_id,
    runAt: row.run_at ? row.run_at.toISOString() : null,
  };
}
