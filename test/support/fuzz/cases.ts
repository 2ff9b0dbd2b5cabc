import fc from 'fast-check';
import { JsonSchema, Operation, typeOf } from './openapi-operations';
import { encodeQueryComponent, Hostile, hostileQueryValue, hostileValue, RawJson, serialize, validValue } from './values';

export const CALLERS = ['ANONYMOUS', 'ADMIN', 'REVIEWER', 'COOPERATIVE', 'PARTNER'] as const;
export type Caller = (typeof CALLERS)[number];

/** What one case does to an otherwise well-formed request. */
export type Mutation =
  | { kind: 'field'; path: (string | number)[]; hostile: Hostile; nullable: boolean }
  | { kind: 'drop'; path: (string | number)[] }
  | { kind: 'unknown-field'; name: string; hostile: Hostile }
  | { kind: 'whole-body'; hostile: Hostile }
  | { kind: 'query'; name: string; hostile: Hostile; repeated: boolean }
  | { kind: 'content-type'; contentType: string; text: 'json' | 'garbage' }
  | { kind: 'malformed-json'; text: string }
  | { kind: 'path-id'; value: string }
  | { kind: 'header'; name: string; value: string }
  | { kind: 'none' };

export interface FuzzCase {
  operation: Operation;
  caller: Caller;
  contentType: string | null;
  base: unknown;
  query: Record<string, string | string[]>;
  mutation: Mutation;
}

/** The request a case sends, ready for the wire. */
export interface FuzzRequest {
  method: Operation['method'];
  /** The path with `{…}` still in it; the world fills in real ids. */
  pathTemplate: string;
  pathOverride?: string;
  query: string;
  headers: Record<string, string>;
  body?: string;
}

const UNKNOWN_FIELD_NAMES = fc.constantFrom('fuzzUnknown', 'constructor', 'prototype', 'isAdmin', 'role', 'id', 'version', 'state', 'k\u0000', 'k\ud800', '', ' ');

const WRONG_CONTENT_TYPES = fc.constantFrom(
  'text/plain',
  'text/csv',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fuzz',
  'application/xml',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/merge-patch+json',
  'application/octet-stream',
  'image/png',
  'application/json, text/plain',
  'nonsense',
);

const MALFORMED_JSON = fc.oneof(
  fc.constantFrom('', '{', '}', '{"a":', '{"a":1,}', '[1,2', '{"a":1}{"b":2}', 'nul', 'tru', '\ufeff{}', '{"a":"\\u0000"}', '{"a":"\\ud800"}', "{'a':1}", '{"a":01}', '{"a":.5}', '{"a":NaN}', '{"a":Infinity}', '{"__proto__":{"x":1}}', '{"a":1,"a":2}', '"\\x41"'),
  fc.string({ maxLength: 60 }),
);

const PATH_IDS = fc.oneof(
  fc.constantFrom('x', '0', '-1', '1e309', 'null', '%00', '%ED%A0%80', '%E0%A4%A', '..', '%2e%2e', '%2F', '%20', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '00000000-0000-0000-0000-000000000000'),
  fc.uuid(),
  fc.string({ unit: fc.constantFrom(...'abcdef0123456789-'), minLength: 1, maxLength: 40 }),
  fc.integer({ min: 300, max: 9000 }).map((length) => 'a'.repeat(length)),
);

/** Headers that reach storage (the idempotency key, the correlation id carried into outbox rows and notifications). */
const HEADER_VALUES = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abcXYZ019_.:-'), minLength: 1, maxLength: 20 }),
  fc.constantFrom('', ' ', 'a b', 'a,b', 'ключ', '\u00e9', '*'.repeat(201), 'k'.repeat(200), 'k'.repeat(8000)),
);

/** Every path into a schema (`officer.email`, `commodities.0`), with whether the field is documented nullable. */
function fieldPaths(schema: JsonSchema, prefix: (string | number)[] = [], depth = 0): { path: (string | number)[]; nullable: boolean }[] {
  if (depth > 4) return [];
  const members = schema.oneOf ?? schema.anyOf;
  if (members?.length) return members.flatMap((member) => fieldPaths(member, prefix, depth));
  const type = typeOf(schema);
  if (type === 'object' && schema.properties) {
    return Object.entries(schema.properties).flatMap(([key, property]) => [
      { path: [...prefix, key], nullable: property.nullable === true },
      ...fieldPaths(property, [...prefix, key], depth + 1),
    ]);
  }
  if (type === 'array' && schema.items) {
    return [{ path: [...prefix, 0], nullable: false }, ...fieldPaths(schema.items, [...prefix, 0], depth + 1)];
  }
  return [];
}

function weighted<T>(...choices: [number, fc.Arbitrary<T>][]): fc.Arbitrary<T> {
  return fc.oneof(...choices.filter(([weight]) => weight > 0).map(([weight, arbitrary]) => ({ weight, arbitrary })));
}

/**
 * The cases for one operation: a caller (mostly one the route admits, so validation and the
 * code behind it are reached), a well-formed base request and one mutation of it.
 */
export function casesFor(operation: Operation, admitted: readonly Caller[] | null): fc.Arbitrary<FuzzCase> {
  const callers = admitted && admitted.length > 0 ? admitted : CALLERS;
  const caller = weighted<Caller>([4, fc.constantFrom(...callers)], [1, fc.constantFrom(...CALLERS)]);
  const contentTypes = operation.body ? Object.keys(operation.body) : [];
  const jsonTypes = contentTypes.filter((type) => type.includes('json'));
  const contentType: fc.Arbitrary<string | null> = contentTypes.length ? fc.constantFrom(...contentTypes) : fc.constant(null);
  const bodySchema = operation.body ? operation.body[jsonTypes[0] ?? contentTypes[0]] : null;
  const base = bodySchema ? validValue(bodySchema) : fc.constant(undefined);
  const queryParameters = operation.parameters.filter((parameter) => parameter.in === 'query');
  const query: fc.Arbitrary<Record<string, string | string[]>> = queryParameters.length
    ? fc.record(
        Object.fromEntries(queryParameters.map((parameter) => [parameter.name, validValue(parameter.schema).map(String)])),
        { requiredKeys: queryParameters.filter((parameter) => parameter.required).map((parameter) => parameter.name) },
      )
    : fc.constant({});
  const paths = bodySchema ? fieldPaths(bodySchema) : [];
  const hasPathId = operation.parameters.some((parameter) => parameter.in === 'path');
  const mutation = weighted<Mutation>(
    [paths.length ? 10 : 0, fc.constantFrom(...(paths.length ? paths : [{ path: [], nullable: false }])).chain(({ path, nullable }) => hostileValue.map((hostile): Mutation => ({ kind: 'field', path, hostile, nullable })))],
    [paths.length ? 1 : 0, fc.constantFrom(...(paths.length ? paths : [{ path: [] }])).map(({ path }): Mutation => ({ kind: 'drop', path }))],
    [bodySchema ? 2 : 1, fc.record({ name: UNKNOWN_FIELD_NAMES, hostile: hostileValue }).map(({ name, hostile }): Mutation => ({ kind: 'unknown-field', name, hostile }))],
    [2, hostileValue.map((hostile): Mutation => ({ kind: 'whole-body', hostile }))],
    [queryParameters.length ? 6 : 1, fc.record({
      name: queryParameters.length ? fc.oneof(fc.constantFrom(...queryParameters.map((parameter) => parameter.name)), fc.constant('fuzzUnknown')) : fc.constant('fuzzUnknown'),
      hostile: hostileQueryValue,
      repeated: fc.boolean(),
    }).map((parts): Mutation => ({ kind: 'query', ...parts }))],
    [2, fc.record({ contentType: WRONG_CONTENT_TYPES, text: fc.constantFrom('json' as const, 'garbage' as const) }).map((parts): Mutation => ({ kind: 'content-type', ...parts }))],
    [bodySchema ? 2 : 0, MALFORMED_JSON.map((text): Mutation => ({ kind: 'malformed-json', text }))],
    [hasPathId ? 3 : 0, PATH_IDS.map((value): Mutation => ({ kind: 'path-id', value }))],
    [1, fc.record({ name: fc.constantFrom(...(operation.method === 'POST' ? ['Idempotency-Key', 'X-Correlation-Id'] : ['X-Correlation-Id'])), value: HEADER_VALUES }).map((parts): Mutation => ({ kind: 'header', ...parts }))],
    [1, fc.constant<Mutation>({ kind: 'none' })],
  );
  return fc.record({ operation: fc.constant(operation), caller, contentType, base, query, mutation });
}

function setAt(target: unknown, path: (string | number)[], value: unknown, remove = false): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const container: Record<string | number, unknown> =
    typeof head === 'number' ? (Array.isArray(target) ? [...target] : []) as unknown as Record<number, unknown> : target && typeof target === 'object' && !Array.isArray(target) ? { ...(target as object) } : {};
  if (rest.length === 0 && remove) delete container[head];
  else container[head] = setAt(container[head], rest, value, remove);
  return container;
}

function addKey(target: unknown, name: string, value: unknown): unknown {
  const object = target && typeof target === 'object' && !Array.isArray(target) ? { ...(target as object) } : {};
  Object.defineProperty(object, name, { value, enumerable: true, configurable: true, writable: true });
  return object;
}

/** The bytes and headers of a case's request. */
export function requestOf(fuzzCase: FuzzCase): FuzzRequest {
  const { operation, mutation } = fuzzCase;
  const headers: Record<string, string> = {};
  let body: unknown = fuzzCase.base;
  let text: string | undefined;
  let contentType = fuzzCase.contentType;
  const query: Record<string, string | string[]> = { ...fuzzCase.query };
  let pathOverride: string | undefined;
  switch (mutation.kind) {
    case 'field':
      body = setAt(body, mutation.path, mutation.hostile.value);
      break;
    case 'drop':
      body = setAt(body, mutation.path, undefined, true);
      break;
    case 'unknown-field':
      body = addKey(body, mutation.name, mutation.hostile.value);
      contentType ??= 'application/json';
      break;
    case 'whole-body':
      body = mutation.hostile.value;
      contentType ??= 'application/json';
      break;
    case 'query': {
      const value = String(mutation.hostile.value);
      query[mutation.name] = mutation.repeated ? [value, value] : value;
      break;
    }
    case 'content-type':
      contentType = mutation.contentType;
      text = mutation.text === 'json' ? serialize(body ?? {}) : 'a=1&b=%00&c[d]=e\r\n--fuzz\r\n<x/>';
      break;
    case 'malformed-json':
      contentType = 'application/json';
      text = mutation.text;
      break;
    case 'path-id':
      pathOverride = operation.path.replace(/\{\w+\}/g, mutation.value);
      break;
    case 'header':
      headers[mutation.name] = mutation.value;
      break;
    case 'none':
      break;
  }
  if (text === undefined && body !== undefined) {
    text = contentType === 'text/csv' ? csvOf(body) : serialize(body);
  }
  if (contentType && text !== undefined) headers['Content-Type'] = contentType;
  const search = Object.entries(query)
    .flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((item) => `${encodeQueryComponent(name)}=${encodeQueryComponent(item)}`))
    .join('&');
  return { method: operation.method, pathTemplate: operation.path, pathOverride, query: search ? `?${search}` : '', headers, body: text };
}

/** A JSON body as CSV: a header of the first row's keys, then a line per row (for text/csv operations). */
function csvOf(body: unknown): string {
  const rows = (Array.isArray(body) ? body : [body]).filter((row): row is Record<string, unknown> => !!row && typeof row === 'object');
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: unknown) => {
    const written = value === undefined ? '' : typeof value === 'string' ? value : value instanceof RawJson ? value.text : JSON.stringify(value);
    return /[",\r\n]/.test(written) ? `"${written.replace(/"/g, '""')}"` : written;
  };
  return [columns.join(','), ...rows.map((row) => columns.map((column) => cell(row[column])).join(','))].join('\r\n');
}

/** One line that says what a case did, for a failure's report. */
export function describeCase(fuzzCase: FuzzCase): string {
  const { mutation } = fuzzCase;
  const shown = JSON.stringify(mutation, (_key, value: unknown) =>
    value instanceof RawJson ? String(value) : typeof value === 'string' && value.length > 80 ? `${value.slice(0, 80)}… (${value.length} chars)` : value,
  );
  const detail = shown.length > 600 ? `${shown.slice(0, 600)}…` : shown;
  return `${fuzzCase.operation.routeKey} as ${fuzzCase.caller}: ${detail}`;
}
