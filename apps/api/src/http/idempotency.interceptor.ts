import {
  CallHandler,
  ConflictException,
  ExecutionContext,
  Injectable,
  Logger,
  NestInterceptor,
  UnprocessableEntityException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { catchError, concatMap, defer, from, map, Observable, of, switchMap, throwError } from 'rxjs';
import type { Principal } from '@kdmp/auth';
import { ApplicationError } from '@kdmp/application';
import { IdempotencyKeyRepository } from '@kdmp/persistence';
import { ROUTE_KEY_METADATA } from '../auth/route-table';
import { PRINCIPAL_REQUEST_KEY } from '../auth/current-principal.decorator';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{1,200}$/;
const KEY_TTL_SECONDS = 24 * 60 * 60;
const ANONYMOUS_OWNER = 'anonymous';
/**
 * POST routes a retry of which is harmless without a key: login changes nothing; the password
 * and link routes answer a retry plainly (a used link is 410, an old password 400), and their
 * answers (access tokens) must not be stored for replay.
 */
const EXEMPT_ROUTES = new Set([
  'POST /v1/auth/login',
  'POST /v1/auth/password-reset',
  'POST /v1/auth/password-reset/confirm',
  'POST /v1/invitations/accept',
  'POST /v1/me/password',
]);
/** Share of claims that also purge expired keys: cheap, and enough to keep the table small. */
const PURGE_PROBABILITY = 0.01;
/** A key found taken whose row then vanished (its request failed): claim again, a few times. */
const MAX_CLAIM_ATTEMPTS = 3;

type Outcome = { kind: 'run' } | { kind: 'replay'; status: number; body: unknown };

/**
 * "Idempotency keys" (docs/api.md): a POST carrying an `Idempotency-Key` runs at most once
 * per (caller, key) within 24 h. The same key with the same request answers the first answer
 * again (`Idempotent-Replayed: true`) without running the handler; with another request it is
 * 422; while the first is still running it is 409. A request that fails gives its key back.
 * Runs after the access guard, so the caller is known; before the validation pipe, so an
 * invalid body is a failure that releases the key.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger(IdempotencyInterceptor.name);

  constructor(
    private readonly keys: IdempotencyKeyRepository,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<Request & Record<string, unknown>>();
    if (request.method !== 'POST') return next.handle();
    const routeKey = this.reflector.getAllAndOverride<string | undefined>(ROUTE_KEY_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (routeKey !== undefined && EXEMPT_ROUTES.has(routeKey)) return next.handle();
    const header = request.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
    if (header === undefined) return next.handle();
    const key = Array.isArray(header) ? header.join(', ') : header;
    if (!KEY_PATTERN.test(key)) {
      throw new ApplicationError('INVALID_INPUT', 'The Idempotency-Key header is not valid.', [
        { field: IDEMPOTENCY_KEY_HEADER, message: 'must be 1 to 200 characters of A-Z, a-z, 0-9, "_", ".", ":" or "-"' },
      ]);
    }

    const response = http.getResponse<Response>();
    const principal = request[PRINCIPAL_REQUEST_KEY] as Principal | undefined;
    const owner = principal?.userId ?? ANONYMOUS_OWNER;
    const requestHash = hashRequest(request);

    return defer(() => this.claimOrReplay(owner, key, requestHash)).pipe(
      switchMap((outcome) => {
        if (outcome.kind === 'replay') {
          response.status(outcome.status);
          response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
          return of(outcome.body);
        }
        return next.handle().pipe(
          // Recorded before the answer leaves, so a retry after it sees DONE, not IN_PROGRESS.
          concatMap((body) => from(this.complete(owner, key, response.statusCode, body)).pipe(map(() => body))),
          catchError((error: unknown) =>
            from(this.release(owner, key, requestHash)).pipe(switchMap(() => throwError(() => error))),
          ),
        );
      }),
    );
  }

  private async claimOrReplay(owner: string, key: string, requestHash: string): Promise<Outcome> {
    for (let attempt = 0; attempt < MAX_CLAIM_ATTEMPTS; attempt++) {
      if (await this.keys.claim(owner, key, requestHash, KEY_TTL_SECONDS)) {
        if (Math.random() < PURGE_PROBABILITY) this.purgeExpired();
        return { kind: 'run' };
      }
      const existing = await this.keys.find(owner, key);
      if (existing === null) continue; // its request failed in between: the key is free again
      if (existing.expired) {
        await this.keys.deleteIfExpired(owner, key);
        continue;
      }
      if (existing.requestHash !== requestHash) {
        throw new UnprocessableEntityException('The Idempotency-Key was used with a different request.');
      }
      if (existing.status === 'IN_PROGRESS' || existing.responseStatus === null) break;
      return { kind: 'replay', status: existing.responseStatus, body: existing.responseBody };
    }
    throw new ConflictException('A request with this Idempotency-Key is still in progress.');
  }

  /**
   * The command has taken effect: a failure to record its answer must not turn into an error
   * (a retry would run it again). The key then stays IN_PROGRESS (409) until it expires.
   */
  private async complete(owner: string, key: string, status: number, body: unknown): Promise<void> {
    try {
      await this.keys.complete(owner, key, status, body);
    } catch (error) {
      this.logger.error({ msg: 'could not record an idempotent answer', owner, err: error });
    }
  }

  /** The request failed: give the key back. The original failure is what the caller sees. */
  private async release(owner: string, key: string, requestHash: string): Promise<void> {
    try {
      await this.keys.release(owner, key, requestHash);
    } catch (error) {
      this.logger.error({ msg: 'could not release an idempotency key', owner, err: error });
    }
  }

  private purgeExpired(): void {
    this.keys.purgeExpired().then(
      (purged) => purged > 0 && this.logger.debug({ msg: 'purged expired idempotency keys', purged }),
      (error: unknown) => this.logger.warn({ msg: 'could not purge expired idempotency keys', err: error }),
    );
  }
}

/** sha256 of the method, the URL and the body as canonical JSON (keys sorted, recursively). */
export function hashRequest(request: Pick<Request, 'method' | 'originalUrl' | 'body'>): string {
  return createHash('sha256')
    .update(`${request.method} ${request.originalUrl}\n`)
    .update(canonicalJson(request.body))
    .digest('hex');
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? '';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const sorted: Record<string, unknown> = {};
  for (const name of Object.keys(value).sort()) sorted[name] = sortKeys((value as Record<string, unknown>)[name]);
  return sorted;
}
