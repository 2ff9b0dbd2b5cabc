import { getMetadataStorage } from 'class-validator';
import { fieldPath, FieldProblem } from './storable-text';

/** Where @nestjs/swagger keeps each property's OpenAPI description (ApiProperty, PartialType), and their names. */
const API_PROPERTY_METADATA = 'swagger/apiModelProperties';
const API_PROPERTY_NAMES_METADATA = 'swagger/apiModelPropertiesArray';

interface ApiPropertyMetadata {
  nullable?: boolean;
  required?: boolean;
  type?: unknown;
}

type DtoClass = abstract new (...args: never[]) => unknown;

/**
 * The one meaning of `null` in a body: a field may be null only where its OpenAPI description
 * says `nullable: true` (today: a partner's `webhookUrl`, where null clears it). Anywhere else
 * it is a 400: leaving a field out keeps it (PATCH) or takes the default (POST), and null is
 * not a third way to say either. Needed because class-validator's @IsOptional, which every
 * optional field and every PartialType field carries, lets null through unchecked.
 *
 * Walks nested DTOs (a registration's `officer`, a plan's `monthlyCapacity`) by their declared
 * types. Fields the class does not declare are left to the whitelist ("unknown field").
 */
export function nullFieldProblems(type: DtoClass, value: unknown, prefix = ''): FieldProblem[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const problems: FieldProblem[] = [];
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (!isDeclared(type, key)) continue;
    const field = fieldPath(prefix, key);
    const described = apiProperty(type, key);
    if (child === null) {
      if (described?.nullable !== true) problems.push({ field, message: 'must not be null; leave the field out instead' });
      continue;
    }
    const nested = nestedDto(type, key, described);
    if (!nested) continue;
    if (Array.isArray(child)) child.forEach((item, index) => problems.push(...nullFieldProblems(nested, item, fieldPath(field, index))));
    else problems.push(...nullFieldProblems(nested, child, field));
  }
  return problems;
}

/**
 * A field the OpenAPI document marks required (ApiProperty's default) must be present, even
 * where no validator says so (a nested DTO under @ValidateNested alone lets `undefined` pass).
 * Checked after class-validator, whose messages for the usual cases stay as they are.
 */
export function missingFieldProblems(type: DtoClass, value: unknown, prefix = ''): FieldProblem[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const record = value as Record<string, unknown>;
  const names = ((Reflect.getMetadata(API_PROPERTY_NAMES_METADATA, type.prototype) as string[] | undefined) ?? []).map((name) => name.replace(/^:/, ''));
  const problems: FieldProblem[] = [];
  for (const key of new Set(names)) {
    const described = apiProperty(type, key);
    const field = fieldPath(prefix, key);
    if (record[key] === undefined) {
      if (described?.required !== false) problems.push({ field, message: 'is required' });
      continue;
    }
    const nested = nestedDto(type, key, described);
    const child = record[key];
    if (!nested) continue;
    if (Array.isArray(child)) child.forEach((item, index) => problems.push(...missingFieldProblems(nested, item, fieldPath(field, index))));
    else problems.push(...missingFieldProblems(nested, child, field));
  }
  return problems;
}

function apiProperty(type: DtoClass, key: string): ApiPropertyMetadata | undefined {
  return Reflect.getMetadata(API_PROPERTY_METADATA, type.prototype, key) as ApiPropertyMetadata | undefined;
}

function isDeclared(type: DtoClass, key: string): boolean {
  if (apiProperty(type, key) !== undefined) return true;
  return getMetadataStorage()
    .getTargetValidationMetadatas(type as unknown as new () => unknown, '', true, false)
    .some((metadata) => metadata.propertyName === key);
}

/** The DTO class of a nested field, from its OpenAPI type (a class, `() => Class` or `[Class]`) or its design type. */
function nestedDto(type: DtoClass, key: string, described: ApiPropertyMetadata | undefined): DtoClass | undefined {
  let declared: unknown = described?.type ?? Reflect.getMetadata('design:type', type.prototype, key);
  if (Array.isArray(declared)) declared = declared[0];
  // A lazy type (`type: () => OfficerDto`) is an arrow function: it has no prototype.
  if (typeof declared === 'function' && !('prototype' in declared && declared.prototype)) declared = (declared as () => unknown)();
  return isDtoClass(declared) ? declared : undefined;
}

export function isDtoClass(candidate: unknown): candidate is DtoClass {
  if (typeof candidate !== 'function' || !candidate.prototype) return false;
  if ([String, Number, Boolean, Array, Object, Date].includes(candidate as never)) return false;
  return true;
}
