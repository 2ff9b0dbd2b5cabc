import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Principal } from '@kdmp/auth';

export const PRINCIPAL_REQUEST_KEY = 'principal';

/** The authenticated caller (undefined on a public route called without a token). */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal | undefined =>
    context.switchToHttp().getRequest<Record<string, Principal | undefined>>()[PRINCIPAL_REQUEST_KEY],
);
