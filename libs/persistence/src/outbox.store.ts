import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxMessage } from './outbox-message';

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
    await tx.query(
      `INSERT INTO outbox_messages (id, job_id, queue, job_name, payload, correlation_id, run_at, next_publish_at)
       SELECT o.id, o."jobId", o.queue, o."jobName", o.payload, o."correlationId", o."runAt",
              now() + $2 * interval '1 millisecond'
         FROM jsonb_to_recordset($1::jsonb) AS o(id uuid, "jobId" text, queue text, "jobName" text, payload jsonb,
              "correlationId" text, "runAt" timestamptz)`,
      [JSON.stringify(messages), unsentAfterMs],
    );
  }

  /** After a publish: look again only if the job is still unconsumed long after it was due. */
  async markPublished(ids: string[], republishAfterMs: number): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `UPDATE outbox_messages
          SET published_at = now(),
              next_publish_at = greatest(now(), coalesce(run_at, now())) + $2 * interval '1 millisecond'
        WHERE id = ANY($1::uuid[])`,
      [ids, republishAfterMs],
    );
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
      await tx.query(
        `UPDATE outbox_messages
            SET published_at = now(),
                next_publish_at = greatest(now(), coalesce(run_at, now())) + $2 * interval '1 millisecond'
          WHERE id = ANY($1::uuid[])`,
        [rows.map((row) => row.id), republishAfterMs],
      );
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
