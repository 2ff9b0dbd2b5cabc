import { SetMetadata } from '@nestjs/common';
import type { RouteKey } from './route-table';

export const ROUTE_KEY_METADATA = 'kdmp:route-key';

/** Names the route-table entry that governs this handler (its method and path, as in api.md). */
export const Allow = (key: RouteKey): MethodDecorator & ClassDecorator => SetMetadata(ROUTE_KEY_METADATA, key);
