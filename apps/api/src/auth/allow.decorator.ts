import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { IdempotencyInterceptor } from '../http/idempotency.interceptor';
import { ROUTE_KEY_METADATA, RouteKey } from './route-table';

export { ROUTE_KEY_METADATA };

/**
 * Names the route-table entry that governs this handler (its method and path, as in docs/api.md).
 * A POST also gets the Idempotency-Key handling; other routes get no interceptor at all, so
 * Nest skips its interceptor pipeline on every read.
 */
export const Allow = (key: RouteKey): MethodDecorator & ClassDecorator =>
  key.startsWith('POST ')
    ? applyDecorators(SetMetadata(ROUTE_KEY_METADATA, key), UseInterceptors(IdempotencyInterceptor))
    : SetMetadata(ROUTE_KEY_METADATA, key);
