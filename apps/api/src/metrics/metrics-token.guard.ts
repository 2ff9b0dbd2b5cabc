import { createHash, timingSafeEqual } from 'node:crypto';
import { CanActivate, ExecutionContext, Injectable, NotFoundException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApplicationError } from '@kdmp/application';
import { AppConfig } from '@kdmp/config';

/**
 * `/metrics` answers only the scraper holding METRICS_TOKEN (`Authorization: Bearer …`);
 * without a configured token it does not exist (404), so a deployment never serves its
 * queue depths and process internals to anyone by default.
 */
@Injectable()
export class MetricsTokenGuard implements CanActivate {
  private readonly expected: Buffer | null;

  constructor(config: AppConfig) {
    const token = config.get('METRICS_TOKEN');
    this.expected = token ? digest(token) : null;
  }

  canActivate(context: ExecutionContext): boolean {
    if (this.expected === null) throw new NotFoundException();
    const http = context.switchToHttp();
    const header = http.getRequest<Request>().headers.authorization ?? '';
    const match = /^Bearer (\S+)$/.exec(header.trim());
    // Compared as digests of equal length, in constant time.
    if (match && timingSafeEqual(digest(match[1]), this.expected)) return true;
    http.getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
    throw new ApplicationError('UNAUTHENTICATED', 'The metrics need the bearer token set in METRICS_TOKEN.');
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
