import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { OperationObject, ParameterObject, ResponsesObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { ROUTE_TABLE, RouteAccess, RouteKey } from '../auth/route-table';
import { IDEMPOTENCY_KEY_HEADER, KEY_PATTERN, takesIdempotencyKey } from '../http/idempotency.interceptor';
import { RESPONSE_SCHEMAS } from './response-schemas';
import { ROUTE_RESPONSES } from './route-responses';
import { ref } from './schema-builders';

const BEARER = 'bearer';
const EVERY_ROLE_COUNT = 4;

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (errors[] names each field)',
  401: 'No token, or one that is not valid',
  403: 'The caller may not do this',
  404: 'Not found, or outside the caller\'s scope',
  410: 'The link was used or has expired',
  409: 'A conflict: a stale expectedVersion, a move the state does not allow, a duplicate, or the same Idempotency-Key still in progress',
  413: 'The body is over the limit',
  422: 'The Idempotency-Key was used with a different request',
  429: 'Too many attempts; retry after the Retry-After header',
};

/** The OpenAPI document: Nest's, completed from the route table (see completeDocument). */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('KDMP pipeline API')
      .setDescription(
        'Koperasi Desa/Kelurahan Merah Putih: registration, business plans, staged financing review, partner matching and notifications. Errors are application/problem+json (RFC 9457).',
      )
      .setVersion('1')
      .addBearerAuth(undefined, BEARER)
      .build(),
  );
  return completeDocument(document);
}

/** The OpenAPI document at /docs (and as JSON at /docs-json). */
export function mountOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'docs-json' });
}

/**
 * Adds what decorators would repeat on every handler, from the route table: each route's
 * success body and the problems it can answer (401 unless public, 403 when not every role
 * may call it, 404 with an object scope, 400 and 413 with input, 409 and 422 with an
 * Idempotency-Key), the Idempotency-Key header on POSTs, and security only where a token is
 * needed (optional on self-registration).
 */
export function completeDocument(document: OpenAPIObject): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...RESPONSE_SCHEMAS } };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post', 'patch', 'put', 'delete'] as const) {
      const operation = item[method];
      if (!operation) continue;
      const key = `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}` as RouteKey;
      if (!(key in ROUTE_TABLE)) continue; // health, metrics: not part of the API
      completeOperation(key, operation);
    }
  }
  return document;
}

function completeOperation(key: RouteKey, operation: OperationObject): void {
  const access: RouteAccess = ROUTE_TABLE[key];
  const answer = ROUTE_RESPONSES[key];
  const isPost = key.startsWith('POST ');
  const idempotent = takesIdempotencyKey(key);
  const hasInput = Boolean(operation.requestBody) || (operation.parameters ?? []).some((parameter) => 'in' in parameter && parameter.in === 'query');

  const problems = new Set<number>(answer.problems ?? []);
  if (hasInput || isPost) problems.add(400);
  if (!(access.public && access.roles.length === 0)) problems.add(401);
  if (!(access.public && access.roles.length === 0) && access.roles.length < EVERY_ROLE_COUNT) problems.add(403);
  if (access.scope) problems.add(404);
  if (operation.requestBody) problems.add(413);
  if (idempotent) {
    problems.add(409);
    problems.add(422);
  }

  const responses: ResponsesObject = {
    [answer.status]: answer.body
      ? { description: 'Success', content: { 'application/json': { schema: answer.body } } }
      : { description: 'Success, no body' },
  };
  for (const status of [...problems].sort()) {
    responses[status] = { description: PROBLEM_DESCRIPTIONS[status] ?? 'A problem', content: { 'application/problem+json': { schema: ref('Problem') } } };
  }
  operation.responses = responses;

  if (access.public && access.roles.length === 0) delete operation.security;
  else if (access.public) operation.security = [{}, { [BEARER]: [] }];
  else operation.security = [{ [BEARER]: [] }];

  if (idempotent) {
    const header: ParameterObject = {
      name: IDEMPOTENCY_KEY_HEADER,
      in: 'header',
      required: false,
      description: 'Makes the command safe to retry: the same key with the same request answers the first answer again (24 hours)',
      schema: { type: 'string', pattern: KEY_PATTERN.source },
    };
    operation.parameters = [...(operation.parameters ?? []).filter((parameter) => !('name' in parameter && parameter.name === IDEMPOTENCY_KEY_HEADER)), header];
  }
}
