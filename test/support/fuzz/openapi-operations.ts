/**
 * The API's operations as its OpenAPI document (`/docs-json`) describes them, with every
 * `$ref` resolved: what the fuzz suite generates its requests from. Nothing here names a
 * route, so a route added to the API is fuzzed as soon as it is documented.
 */

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  nullable?: boolean;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  writeOnly?: boolean;
  [other: string]: unknown;
};

export interface OperationParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As documented: `/v1/cooperatives/{id}`. */
  path: string;
  /** As the route table writes it: `POST /v1/cooperatives/:id/withdraw`. */
  routeKey: string;
  parameters: OperationParameter[];
  /** Content type → schema, or null when the operation takes no body. */
  body: Record<string, JsonSchema> | null;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: (OperationParameter & { $ref?: string })[]; requestBody?: { content: Record<string, { schema?: JsonSchema }> } }>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export function operationsOf(document: OpenApiDocument): Operation[] {
  const resolve = schemaResolver(document);
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const content = operation.requestBody?.content;
      operations.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        routeKey: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
        parameters: (operation.parameters ?? []).map((parameter) => ({
          name: parameter.name,
          in: parameter.in,
          required: parameter.required ?? parameter.in === 'path',
          schema: resolve(parameter.schema ?? { type: 'string' }),
        })),
        body: content
          ? Object.fromEntries(Object.entries(content).map(([type, media]) => [type, resolve(media.schema ?? {})]))
          : null,
      });
    }
  }
  return operations;
}

/** Inlines `#/components/schemas/...` references (a cycle stops at an empty schema). */
function schemaResolver(document: OpenApiDocument): (schema: JsonSchema) => JsonSchema {
  const schemas = document.components?.schemas ?? {};
  const resolve = (schema: JsonSchema, seen: readonly string[]): JsonSchema => {
    if (schema.$ref) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      if (seen.includes(name) || !schemas[name]) return {};
      return resolve(schemas[name], [...seen, name]);
    }
    const resolved: JsonSchema = { ...schema };
    if (schema.items) resolved.items = resolve(schema.items, seen);
    if (schema.properties) {
      resolved.properties = Object.fromEntries(Object.entries(schema.properties).map(([key, value]) => [key, resolve(value, seen)]));
    }
    for (const combinator of ['oneOf', 'anyOf', 'allOf'] as const) {
      if (schema[combinator]) resolved[combinator] = schema[combinator]!.map((member) => resolve(member, seen));
    }
    return resolved;
  };
  return (schema) => resolve(schema, []);
}

/** The schema's type, `allOf` merged and the first `oneOf`/`anyOf` member standing for the union. */
export function typeOf(schema: JsonSchema): string | undefined {
  if (schema.allOf?.length) return typeOf(schema.allOf[0]);
  const type = Array.isArray(schema.type) ? schema.type.find((candidate) => candidate !== 'null') : schema.type;
  if (type) return type;
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  return undefined;
}
