import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { Actor, AggregateType, DomainEvent, NewDomainEvent, OutgoingJob } from '@kdmp/contracts';
import { OutboxMessage, outboxMessageFor, outboxMessagesForEvent } from './outbox-message';
import { OutboxStore } from './outbox.store';
import { CompanionWrite, companionCtes, returnsRows } from './companion-write';
import { AppConfig } from '@kdmp/config';

/** What a committed change wrote besides the aggregate itself. */
export interface CommittedChange {
  events: DomainEvent[];
  outbox: OutboxMessage[];
}

export interface ChangeDescription {
  aggregateId: string;
  fromState: string | null;
  /** Null for aggregates without a state machine (partners). */
  toState: string | null;
  events: NewDomainEvent[];
  actor: Actor;
  correlationId: string;
  /** Jobs that do not follow from an event by EVENT_ROUTES (timers). */
  jobs?: OutgoingJob[];
}

export interface TransitionCommit extends ChangeDescription {
  toState: string;
  expectedVersion: number;
  /** When a consumer makes the change: its inbox record, written in the same statement. */
  consumedMessage?: { consumer: string; messageId: string };
  /** Rows of other tables that change with it, in the same statement. */
  companions?: CompanionWrite[];
  /** A new plan becomes the cooperative's current one (set by the compare-and-set itself). */
  currentBusinessPlanId?: string;
}

export type TransitionOutcome =
  /** `returned[i]`: the rows companion i's RETURNING gave, as JSON objects (empty without one). */
  | { kind: 'committed'; version: number; change: CommittedChange; returned: Record<string, unknown>[][] }
  | { kind: 'conflict' }
  | { kind: 'duplicate' };

/**
 * Saves a change of a cooperative: compare-and-set on its version, its history rows and its
 * outbox rows, in one statement (one round trip) or, when other rows change with it, one
 * transaction. After commit the outbox rows are handed to the relay for publishing.
 */
@Injectable()
export class UnitOfWork {
  private readonly unsentAfterMs: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxStore,
    config: AppConfig,
  ) {
    this.unsentAfterMs = config.get('OUTBOX_UNSENT_AFTER_MS');
  }

  /**
   * A transition of an existing cooperative, one statement with its companion writes.
   * `alsoWrite` is for writes that need more than a statement (reads under lock, conditions
   * of their own): it runs first, and the whole commit becomes a transaction.
   */
  async commitTransition(
    commit: TransitionCommit,
    alsoWrite?: (tx: EntityManager) => Promise<void>,
  ): Promise<TransitionOutcome> {
    const change = this.describe('cooperative', commit);
    const params: unknown[] = [
      commit.aggregateId,
      commit.expectedVersion,
      commit.toState,
      commit.fromState,
      JSON.stringify(change.events.map(({ id, type, payload, occurredAt }) => ({ id, type, payload, occurredAt }))),
      commit.actor.type,
      actorId(commit.actor),
      commit.correlationId,
      commit.consumedMessage?.consumer ?? null,
      commit.consumedMessage?.messageId ?? null,
      JSON.stringify(change.outbox),
      this.unsentAfterMs,
      commit.currentBusinessPlanId ?? null,
    ];
    const companions = commit.companions ?? [];
    const sql = companions.length === 0 ? TRANSITION_SQL : transitionSqlWith(companions, params.length);
    for (const companion of companions) params.push(...companion.parameters);
    const run = async (manager: EntityManager): Promise<TransitionOutcome> => {
      if (alsoWrite) await alsoWrite(manager);
      const [row] = (await manager.query(sql, params)) as TransitionRow[];
      if (commit.consumedMessage && row.fresh === 0) return { kind: 'duplicate' };
      if (row.version === null || row.sequence_base === null) return { kind: 'conflict' };
      const sequenceBase = row.sequence_base;
      const events = change.events.map((event) => ({ ...event, sequence: sequenceBase + event.sequence }));
      const returned = companions.map((_, index) => (row[`companion_${index}`] as Record<string, unknown>[] | undefined) ?? []);
      return { kind: 'committed', version: row.version, change: { events, outbox: change.outbox }, returned };
    };
    const outcome = alsoWrite
      ? await this.dataSource.transaction(async (tx) => {
          const result = await run(tx);
          // Roll back the other rows when the cooperative did not change.
          if (result.kind !== 'committed') throw new AbandonedTransaction(result);
          return result;
        }).catch((error: unknown) => {
          if (error instanceof AbandonedTransaction) return error.outcome;
          throw error;
        })
      : await run(this.dataSource.manager);
    if (outcome.kind === 'committed') this.outbox.committed(outcome.change.outbox);
    return outcome;
  }

  /**
   * A new aggregate: `insertAggregate` writes its rows, then its first events and their
   * outbox rows are appended, all in one transaction.
   */
  async commitCreation(
    aggregateType: AggregateType,
    description: ChangeDescription,
    insertAggregate: (tx: EntityManager, lastEventSequence: number) => Promise<void>,
  ): Promise<CommittedChange> {
    const change = this.describe(aggregateType, description);
    await this.dataSource.transaction(async (tx) => {
      await insertAggregate(tx, change.events.length);
      await this.append(tx, change);
    });
    this.outbox.committed(change.outbox);
    return change;
  }

  /**
   * A change of a partner (which has no state machine): `write` saves it, then its events are
   * appended after the partner's last sequence, with their outbox rows, in one transaction.
   */
  async commitPartnerChange(description: ChangeDescription, write: (tx: EntityManager) => Promise<void>): Promise<CommittedChange> {
    const draft = this.describe('partner', description);
    let change = draft;
    await this.dataSource.transaction(async (tx) => {
      await write(tx);
      const [rows] = (await tx.query(
        `UPDATE partners SET last_event_sequence = last_event_sequence + $2, version = version + 1
          WHERE id = $1 RETURNING last_event_sequence - $2 AS sequence_base`,
        [description.aggregateId, draft.events.length],
      )) as [{ sequence_base: number }[], number];
      const base = rows[0].sequence_base;
      change = { ...draft, events: draft.events.map((event) => ({ ...event, sequence: base + event.sequence })) };
      await this.append(tx, change);
    });
    this.outbox.committed(change.outbox);
    return change;
  }

  /**
   * A change that is not an aggregate's event (an account's link, a password): `write` saves
   * it and names the jobs it starts, whose outbox rows commit in the same transaction and are
   * published after it. Returns what `write` returned.
   */
  async commitWithJobs<T>(write: (tx: EntityManager) => Promise<{ result: T; outbox: OutboxMessage[] }>): Promise<T> {
    let outbox: OutboxMessage[] = [];
    const result = await this.dataSource.transaction(async (tx) => {
      const written = await write(tx);
      await this.outbox.insert(tx, written.outbox, this.unsentAfterMs);
      outbox = written.outbox;
      return written.result;
    });
    this.outbox.committed(outbox);
    return result;
  }

  /** After a commit that wrote outbox rows itself (inside commitCreation's callback, say): publish them. */
  published(outbox: OutboxMessage[]): void {
    this.outbox.committed(outbox);
  }

  /** Writes outbox rows inside a caller's transaction (commitCreation's callback); call `published` after the commit. */
  async writeJobs(tx: EntityManager, outbox: OutboxMessage[]): Promise<void> {
    await this.outbox.insert(tx, outbox, this.unsentAfterMs);
  }

  /** Writes events whose sequences are final, with their outbox rows. */
  private async append(tx: EntityManager, change: CommittedChange): Promise<void> {
    await tx.query(APPEND_SQL, [
      JSON.stringify(change.events.map((event) => ({ ...event, actorId: actorId(event.actor), actorType: event.actor.type }))),
      JSON.stringify(change.outbox),
      this.unsentAfterMs,
    ]);
  }

  /** Gives each event its id, sequence and envelope, and derives the outbox rows. */
  private describe(aggregateType: AggregateType, description: ChangeDescription): CommittedChange {
    const occurredAt = new Date().toISOString();
    const events: DomainEvent[] = description.events.map((event, index) => ({
      id: uuidv7(),
      type: event.type,
      aggregateType,
      aggregateId: description.aggregateId,
      sequence: index + 1, // relative; the statement adds the aggregate's last sequence
      payload: event.payload,
      actor: description.actor,
      fromState: description.fromState,
      toState: description.toState,
      correlationId: description.correlationId,
      occurredAt,
    }));
    const outbox = [
      ...events.flatMap(outboxMessagesForEvent),
      ...(description.jobs ?? []).map((job) => outboxMessageFor(job, description.correlationId)),
    ];
    return { events, outbox };
  }
}

interface TransitionRow {
  version: number | null;
  sequence_base: number | null;
  fresh: number;
  [companion: `companion_${number}`]: unknown;
}

class AbandonedTransaction extends Error {
  constructor(readonly outcome: TransitionOutcome) {
    super('transaction abandoned');
  }
}

function actorId(actor: Actor): string {
  return actor.type === 'USER' ? actor.userId : actor.name;
}

/**
 * The hot path of every transition, as one statement: the consumer's inbox record, the
 * compare-and-set of state and version, the history rows and the outbox rows. Each part
 * depends on the one before, so a stale version or a duplicate message writes nothing.
 */
const TRANSITION_CTES = `
WITH consumed AS (
  INSERT INTO inbox_messages (consumer, message_id)
  SELECT $9::text, $10::text WHERE $9::text IS NOT NULL
  ON CONFLICT DO NOTHING
  RETURNING 1
), updated AS (
  UPDATE cooperatives
     SET state = $3,
         version = version + 1,
         last_event_sequence = last_event_sequence + jsonb_array_length($5::jsonb),
         current_business_plan_id = coalesce($13::uuid, current_business_plan_id),
         state_changed_at = CASE WHEN state = $3 THEN state_changed_at ELSE now() END,
         updated_at = now()
   WHERE id = $1 AND version = $2
     AND ($9::text IS NULL OR EXISTS (SELECT 1 FROM consumed))
  RETURNING id, version, last_event_sequence - jsonb_array_length($5::jsonb) AS sequence_base
), appended AS (
  INSERT INTO domain_events (id, aggregate_type, aggregate_id, sequence, type, payload, actor_type, actor_id,
                             from_state, to_state, correlation_id, occurred_at)
  SELECT (e.value->>'id')::uuid, 'cooperative', u.id, u.sequence_base + e.ordinality, e.value->>'type',
         e.value->'payload', $6, $7, $4, $3, $8, (e.value->>'occurredAt')::timestamptz
    FROM updated u CROSS JOIN LATERAL jsonb_array_elements($5::jsonb) WITH ORDINALITY AS e(value, ordinality)
  RETURNING 1
), queued AS (
  INSERT INTO outbox_messages (id, job_id, queue, job_name, payload, correlation_id, run_at, next_publish_at)
  SELECT (o->>'id')::uuid, o->>'jobId', o->>'queue', o->>'jobName', o->'payload', o->>'correlationId',
         (o->>'runAt')::timestamptz, now() + $12 * interval '1 millisecond'
    FROM updated CROSS JOIN LATERAL jsonb_array_elements($11::jsonb) AS o
  RETURNING 1
), acknowledged AS (
  DELETE FROM outbox_messages
   WHERE $10::text IS NOT NULL AND id::text = $10::text AND EXISTS (SELECT 1 FROM updated)
  RETURNING 1
)`;

const TRANSITION_RESULT = `
SELECT (SELECT version FROM updated) AS version,
       (SELECT sequence_base FROM updated) AS sequence_base,
       (SELECT count(*) FROM consumed)::int AS fresh,
       (SELECT count(*) FROM appended)::int + (SELECT count(*) FROM queued)::int
         + (SELECT count(*) FROM acknowledged)::int AS written`;

const TRANSITION_SQL = TRANSITION_CTES + TRANSITION_RESULT;

/** The same statement with each companion write as one more CTE after the others. */
function transitionSqlWith(companions: CompanionWrite[], parameterCount: number): string {
  const { sql } = companionCtes(companions, parameterCount, 'EXISTS (SELECT 1 FROM updated)', 'companion');
  const returned = companions
    .map((companion, index) =>
      returnsRows(companion)
        ? `,\n       (SELECT coalesce(jsonb_agg(to_jsonb(c)), '[]'::jsonb) FROM companion_${index} c) AS companion_${index}`
        : '',
    )
    .join('');
  return `${TRANSITION_CTES}${sql}${TRANSITION_RESULT}${returned}`;
}

/** A new aggregate's first events and their outbox rows, in one statement. */
const APPEND_SQL = `
WITH appended AS (
  INSERT INTO domain_events (id, aggregate_type, aggregate_id, sequence, type, payload, actor_type, actor_id,
                             from_state, to_state, correlation_id, occurred_at)
  SELECT e.id, e."aggregateType", e."aggregateId", e.sequence, e.type, e.payload, e."actorType", e."actorId",
         e."fromState", e."toState", e."correlationId", e."occurredAt"
    FROM jsonb_to_recordset($1::jsonb) AS e(id uuid, "aggregateType" text, "aggregateId" uuid, sequence int,
         type text, payload jsonb, "actorType" text, "actorId" text, "fromState" text, "toState" text,
         "correlationId" text, "occurredAt" timestamptz)
  RETURNING 1
)
INSERT INTO outbox_messages (id, job_id, queue, job_name, payload, correlation_id, run_at, next_publish_at)
SELECT o.id, o."jobId", o.queue, o."jobName", o.payload, o."correlationId", o."runAt", now() + $3 * interval '1 millisecond'
  FROM jsonb_to_recordset($2::jsonb) AS o(id uuid, "jobId" text, queue text, "jobName" text, payload jsonb,
       "correlationId" text, "runAt" timestamptz)`;
