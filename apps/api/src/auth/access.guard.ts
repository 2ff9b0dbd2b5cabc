import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ApplicationError, LoadPrincipalUseCase } from '@kdmp/application';
import { PRINCIPAL_REQUEST_KEY } from './current-principal.decorator';
import { ROUTE_KEY_METADATA, RouteKey, routeAccess, ROUTE_TABLE } from './route-table';

/**
 * Every route passes here. No token or a bad one is 401, a role the route table does not list
 * is 403; object scope is left to the query (404). A handler not in the table is refused:
 * access is granted only where it was written down.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly loadPrincipal: LoadPrincipalUseCase,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const key = this.reflector.getAllAndOverride<RouteKey | undefined>(ROUTE_KEY_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (key === undefined) return true; // health, docs and metrics: not part of the API
    if (!(key in ROUTE_TABLE)) {
      this.logger.error({ msg: 'route not in the route table', key });
      throw new ApplicationError('FORBIDDEN', 'This route is not open to anyone.');
    }
    const access = routeAccess(key);
    const request = context.switchToHttp().getRequest<Request & Record<string, unknown>>();
    if (access.public && access.roles.length === 0) return true; // login: tokens play no part
    const token = bearerToken(request);
    if (token === undefined) {
      if (access.public) return true;
      throw new ApplicationError('UNAUTHENTICATED', 'A bearer token is required.');
    }
    const principal = token ? await this.loadPrincipal.execute(token) : null;
    if (!principal) throw new ApplicationError('UNAUTHENTICATED', 'The token is not valid.');
    if (!access.roles.includes(principal.role)) {
      throw new ApplicationError('FORBIDDEN', `A ${principal.role} may not do this.`);
    }
    request[PRINCIPAL_REQUEST_KEY] = principal;
    return true;
  }
}

/** undefined: no Authorization header; '' : a header that is not a bearer token. */
function bearerToken(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header.trim());
  return match ? match[1] : '';
}
