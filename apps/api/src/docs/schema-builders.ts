import type { SchemaObject, ReferenceObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/**
 * Small builders for the OpenAPI (3.0) schemas of the responses: the views are TypeScript
 * interfaces, which leave no metadata at run time, so their shapes are written here once and
 * checked by test/openapi.e2e-spec.ts (a typed client compiled against them, and real answers
 * validated against them).
 */
export type Schema = SchemaObject | ReferenceObject;

export const ref = (name: string): ReferenceObject => ({ $ref: `#/components/schemas/${name}` });
export const str = (extra: SchemaObject = {}): SchemaObject => ({ type: 'string', ...extra });
export const uuid = (): SchemaObject => str({ format: 'uuid' });
export const dateTime = (): SchemaObject => str({ format: 'date-time' });
export const int = (extra: SchemaObject = {}): SchemaObject => ({ type: 'integer', ...extra });
export const num = (): SchemaObject => ({ type: 'number' });
export const bool = (): SchemaObject => ({ type: 'boolean' });
export const arrayOf = (items: Schema): SchemaObject => ({ type: 'array', items });
export const mapOf = (values: Schema): SchemaObject => ({ type: 'object', additionalProperties: values });
export const anyObject = (description?: string): SchemaObject => ({ type: 'object', additionalProperties: true, ...(description ? { description } : {}) });
export const oneOfEnum = (values: readonly string[]): SchemaObject => str({ enum: [...values] });

/** Nullable in OpenAPI 3.0: a $ref cannot carry `nullable`, so it is wrapped in allOf. */
export function nullable(schema: Schema): SchemaObject {
  return '$ref' in schema ? { allOf: [schema], nullable: true } : { ...schema, nullable: true };
}

/** An object whose properties are all required except those named in `optional`. */
export function obj(properties: Record<string, Schema>, optional: readonly string[] = [], description?: string): SchemaObject {
  const required = Object.keys(properties).filter((name) => !optional.includes(name));
  return {
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
    ...(description ? { description } : {}),
  };
}

/** A page of a list: `items` of the schema named, and the paging. */
export function pageOf(item: string): SchemaObject {
  return obj({ items: arrayOf(ref(item)), total: int({ minimum: 0 }), limit: int({ minimum: 1 }), offset: int({ minimum: 0 }) });
}
