/**
 * The outbox and inbox steps, written once and composed into the statements that need them
 * (a transition, a new aggregate's first events, a consumer's effects). Each is a statement
 * with named parameters (see named-parameters.ts); `gate` is a SQL condition the step's write
 * waits on (for instance "the compare-and-set succeeded").
 */

/** Outbox rows from the JSON array `:outbox`, first swept after `:unsentAfterMs` if nobody published them. */
export function queueOutbox(gate = 'true'): string {
  return `INSERT INTO outbox_messages (id, job_id, queue, job_name, payload, correlation_id, run_at, next_publish_at)
  SELECT o.id, o."jobId", o.queue, o."jobName", o.payload, o."correlationId", o."runAt",
         now() + :unsentAfterMs * interval '1 millisecond'
    FROM jsonb_to_recordset(:outbox::jsonb) AS o(id uuid, "jobId" text, queue text, "jobName" text, payload jsonb,
         "correlationId" text, "runAt" timestamptz)
   WHERE ${gate}`;
}

/**
 * A consumer's record of a message (`:consumer`, `:messageId`); returns a row when the message
 * is new. With `:consumer` null (no message consumed) it records nothing.
 */
export function recordInbox(): string {
  return `INSERT INTO inbox_messages (consumer, message_id)
  SELECT :consumer::text, :messageId::text WHERE :consumer::text IS NOT NULL
  ON CONFLICT DO NOTHING
  RETURNING 1`;
}

/**
 * Deletes the outbox row that carried the consumed message `:messageId` (if any: a message's
 * id is its outbox row's id, a uuid, so the primary key finds it), once `gate` holds.
 */
export function acknowledgeOutbox(gate = 'true'): string {
  return `DELETE FROM outbox_messages
   WHERE id = :messageId::uuid AND ${gate}
  RETURNING 1`;
}

/** Rows `:ids` were published: look again only if still unconsumed `:republishAfterMs` after they were due. */
export function markPublished(): string {
  return `UPDATE outbox_messages
     SET published_at = now(),
         next_publish_at = greatest(now(), coalesce(run_at, now())) + :republishAfterMs * interval '1 millisecond'
   WHERE id = ANY(:ids::uuid[])`;
}
