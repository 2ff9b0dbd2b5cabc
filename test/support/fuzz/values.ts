import fc from 'fast-check';
import { JsonSchema, typeOf } from './openapi-operations';

/** Text put into the JSON as written, not as JSON.stringify would write it: `1e309`, deep nesting. */
export class RawJson {
  constructor(readonly text: string) {}
  toString(): string {
    return `raw(${this.text.length > 40 ? `${this.text.slice(0, 40)}… (${this.text.length} chars)` : this.text})`;
  }
}

/** A body as the bytes that go on the wire: JSON.stringify, with RawJson parts spliced in. */
export function serialize(value: unknown): string {
  const raws: string[] = [];
  const token = (index: number) => `"\u2063raw${index}\u2063"`;
  const text = JSON.stringify(value, (_key, part: unknown) => {
    if (part instanceof RawJson) {
      raws.push(part.text);
      return `\u2063raw${raws.length - 1}\u2063`;
    }
    return part;
  });
  if (text === undefined) return '';
  return raws.reduce((written, raw, index) => written.replace(token(index), raw), text);
}

// ---------------------------------------------------------------------------------------------
// Values a schema accepts: the base each case mutates one part of, so most requests get past
// validation of every other field and reach the code behind it.

const letters = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 12 });

export function validValue(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const members = schema.oneOf ?? schema.anyOf;
  if (members?.length) return fc.oneof(...members.map((member) => validValue(member, depth)));
  if (schema.allOf?.length) return validValue(Object.assign({}, ...schema.allOf), depth);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  if (schema.example !== undefined && typeOf(schema) !== 'object') return fc.constant(schema.example);
  if (schema.default !== undefined) return fc.constant(schema.default);
  switch (typeOf(schema)) {
    case 'string':
      if (schema.format === 'email') return letters.map((name) => `${name}@example.id`);
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.format === 'date-time') return fc.constant(new Date().toISOString());
      if (schema.format === 'uri' || schema.format === 'url') return fc.constant('https://example.id/');
      return fc.string({
        unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'),
        minLength: Math.max(1, schema.minLength ?? 1),
        maxLength: Math.max(schema.minLength ?? 1, Math.min(schema.maxLength ?? 24, 24)),
      });
    case 'integer':
    case 'number':
      return fc.integer({ min: Math.ceil(schema.minimum ?? 0), max: Math.floor(Math.min(schema.maximum ?? 1000, 1000)) });
    case 'boolean':
      return fc.boolean();
    case 'array': {
      if (depth > 4) return fc.constant([]);
      const minLength = Math.max(1, schema.minItems ?? 1);
      return fc.uniqueArray(validValue(schema.items ?? { type: 'string' }, depth + 1), {
        minLength,
        maxLength: minLength + 1,
        selector: (item) => JSON.stringify(item),
      });
    }
    case 'object': {
      if (depth > 4 || !schema.properties) return fc.constant({});
      const required = schema.required ?? [];
      const model = Object.fromEntries(Object.entries(schema.properties).map(([key, property]) => [key, validValue(property, depth + 1)]));
      return fc.record(model, { requiredKeys: required.filter((key) => key in model) });
    }
    default:
      return fc.string({ maxLength: 10 });
  }
}

// ---------------------------------------------------------------------------------------------
// Hostile values: what a careless or malicious client sends.

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));
const controlCharacter = fc.integer({ min: 0, max: 0x1f }).map((unit) => String.fromCharCode(unit));
const bidiAndInvisible = fc.constantFrom('\u202e', '\u202d', '\u2066', '\u2069', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200f', 'مرحبا', 'שלום', '\u0301');
const crlfInjection = fc.constantFrom('x\r\nBcc: fuzz@example.id', '\r\n\r\n<b>body</b>', 'x\nSubject: y', 'x\u2028y', 'x\u0085y');

/** Around a plain string, one or a few characters of a given kind. */
function sprinkled(special: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(fc.string({ maxLength: 8 }), fc.array(special, { minLength: 1, maxLength: 4 }), fc.string({ maxLength: 8 }))
    .map(([before, middle, after]) => `${before}${middle.join('')}${after}`);
}

export type HostileKind = 'null' | 'unstorable' | 'text' | 'number' | 'wrong-type' | 'raw' | 'nested';

export interface Hostile {
  kind: HostileKind;
  value: unknown;
}

const strings: fc.Arbitrary<Hostile> = fc.oneof(
  fc.constantFrom('', ' ', '\t', 'null', 'undefined', 'true', '0', '-1', 'NaN', '[]', '{}', "' OR '1'='1", '../../etc/passwd', '%00', '${7*7}', '<script>x</script>'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  sprinkled(controlCharacter.filter((character) => character !== '\u0000')),
  sprinkled(bidiAndInvisible),
  crlfInjection,
  fc.integer({ min: 201, max: 300_000 }).map((length) => 'x'.repeat(length)),
  fc.integer({ min: 100, max: 100_000 }).map((length) => '🌾é'.repeat(length)),
).map((value) => ({ kind: 'text' as const, value }));

const unstorable: fc.Arbitrary<Hostile> = fc
  .oneof(sprinkled(fc.constant('\u0000')), sprinkled(loneSurrogate), fc.constant('\u0000'), fc.constant('\ud800'), fc.constant('\udfff\ud800'))
  .map((value) => ({ kind: 'unstorable' as const, value }));

const numbers: fc.Arbitrary<Hostile> = fc
  .oneof(
    fc.constantFrom(-1, 0, -0, 0.5, 1.5, -0.000001, 2 ** 31, 2 ** 53, 2 ** 53 + 2, 1e21, -1e21, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  )
  .map((value) => ({ kind: 'number' as const, value }));

const wrongTypes: fc.Arbitrary<Hostile> = fc
  .oneof(
    fc.boolean(),
    fc.constant({}),
    fc.constant([]),
    fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constant(null)), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxKeys: 3 }),
    fc.constant([null]),
    fc.constant({ $gt: '' }),
  )
  .map((value) => ({ kind: 'wrong-type' as const, value }));

const raw: fc.Arbitrary<Hostile> = fc
  .oneof(
    fc.constantFrom('1e309', '-1e309', '1e-400', '123456789012345678901234567890', '0.1e1', '-0', '1E400'),
    fc.integer({ min: 33, max: 200_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
    fc.integer({ min: 33, max: 50_000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
  )
  .map((text) => ({ kind: 'raw' as const, value: new RawJson(text) }));

const nested: fc.Arbitrary<Hostile> = fc.integer({ min: 30, max: 2000 }).map((depth) => {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level++) value = level % 2 ? [value] : { a: value };
  return { kind: 'nested' as const, value };
});

export const hostileValue: fc.Arbitrary<Hostile> = fc.oneof(
  { arbitrary: fc.constant<Hostile>({ kind: 'null', value: null }), weight: 3 },
  { arbitrary: unstorable, weight: 3 },
  { arbitrary: strings, weight: 4 },
  { arbitrary: numbers, weight: 3 },
  { arbitrary: wrongTypes, weight: 2 },
  { arbitrary: raw, weight: 1 },
  { arbitrary: nested, weight: 1 },
);

/** A query parameter's value: strings only reach a query, so its hostile forms are textual. */
export const hostileQueryValue: fc.Arbitrary<Hostile> = fc.oneof(
  unstorable,
  strings.filter((hostile) => (hostile.value as string).length < 4000),
  numbers.map((hostile) => ({ ...hostile, value: String(hostile.value) })),
  fc.constant<Hostile>({ kind: 'text', value: '1e309' }),
);

/** A URL's query from name → value (arrays repeat the name); lone surrogates percent-encoded as their (CESU-8) bytes. */
export function encodeQueryComponent(text: string): string {
  let encoded = '';
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    const next = text.charCodeAt(index + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      encoded += encodeURIComponent(text.slice(index, index + 2));
      index++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      encoded += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
    } else {
      encoded += encodeURIComponent(text[index]);
    }
  }
  return encoded;
}
