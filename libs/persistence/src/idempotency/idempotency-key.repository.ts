import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type IdempotencyKeyStatus = 'IN_PROGRESS' | 'DONE';

/** What a key already holds. */
export interface IdempotencyKeyRecord {
  requestHash: string;
  status: IdempotencyKeyStatus;
  responseStatus: number | null;
  /** The body the first answer carried (undefined when it had none). */
  responseBody: unknown;
  /** Past its expiry: as good as absent. */
  expired: boolean;
}

interface IdempotencyKeyRow {
  request_hash: string;
  status: IdempotencyKeyStatus;
  response_status: number | null;
  response_body: unknown;
  expired: boolean;
}

/**
 * The `Idempotency-Key` ledger: one row per (owner, key). A row is claimed IN_PROGRESS before
 * the command runs, becomes DONE with the answer after it succeeds, and is deleted when it
 * fails so that a retry can run again.
 */
@Injectable()
export class IdempotencyKeyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Claims the key for a request; false when the key is already taken (expired or not). */
  async claim(owner: string, key: string, requestHash: string, ttlSeconds: number): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `INSERT INTO idempotency_keys (owner, key, request_hash, status, expires_at)
       VALUES ($1, $2, $3, 'IN_PROGRESS', now() + $4 * interval '1 second')
       ON CONFLICT (owner, key) DO NOTHING
       RETURNING 1`,
      [owner, key, requestHash, ttlSeconds],
    )) as unknown[];
    return rows.length > 0;
  }

  async find(owner: string, key: string): Promise<IdempotencyKeyRecord | null> {
    const [row] = (await this.dataSource.query(
      `SELECT request_hash, status, response_status, response_body, expires_at < now() AS expired
         FROM idempotency_keys
        WHERE owner = $1 AND key = $2`,
      [owner, key],
    )) as IdempotencyKeyRow[];
    if (!row) return null;
    return {
      requestHash: row.request_hash,
      status: row.status,
      responseStatus: row.response_status,
      responseBody: row.response_body ?? undefined,
      expired: row.expired,
    };
  }

  /** Records the answer of a claimed request. */
  async complete(owner: string, key: string, responseStatus: number, responseBody: unknown): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_keys
          SET status = 'DONE', response_status = $3, response_body = $4::jsonb
        WHERE owner = $1 AND key = $2 AND status = 'IN_PROGRESS'`,
      [owner, key, responseStatus, responseBody === undefined ? null : JSON.stringify(responseBody)],
    );
  }

  /** Gives up a claim whose request failed, so the key can be used again. */
  async release(owner: string, key: string, requestHash: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE owner = $1 AND key = $2 AND request_hash = $3 AND status = 'IN_PROGRESS'`,
      [owner, key, requestHash],
    );
  }

  /** Deletes the key's row if it has expired; true when one was deleted. */
  async deleteIfExpired(owner: string, key: string): Promise<boolean> {
    return (
      affectedRows(
        await this.dataSource.query(
          `DELETE FROM idempotency_keys WHERE owner = $1 AND key = $2 AND expires_at < now() RETURNING 1`,
          [owner, key],
        ),
      ) > 0
    );
  }

  /** Deletes up to `limit` expired rows (oldest expiry first); the number deleted. */
  async purgeExpired(limit = 500): Promise<number> {
    return affectedRows(
      await this.dataSource.query(
        `DELETE FROM idempotency_keys
          WHERE (owner, key) IN (
            SELECT owner, key FROM idempotency_keys
             WHERE expires_at < now()
             ORDER BY expires_at
             LIMIT $1
               FOR UPDATE SKIP LOCKED)
          RETURNING 1`,
        [limit],
      ),
    );
  }
}

/** TypeORM answers a DELETE on Postgres with [rows, rowCount]. */
function affectedRows(raw: unknown): number {
  if (Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === 'number') return raw[1];
  return Array.isArray(raw) ? raw.length : 0;
}
