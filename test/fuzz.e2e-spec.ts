import fc from 'fast-check';
import request from 'supertest';
import { ROUTE_TABLE } from '../apps/api/src/auth/route-table';
import { Caller, casesFor, CALLERS, describeCase, FuzzCase, requestOf } from './support/fuzz/cases';
import { responseFaults } from './support/fuzz/checks';
import { fuzzOptions } from './support/fuzz/options';
import { Operation, operationsOf } from './support/fuzz/openapi-operations';
import { FuzzWorld } from './support/fuzz/world';

/**
 * Property-based fuzzing of every operation the API documents (`/docs-json`), as every role,
 * with real accounts and real rows behind the ids. Each case takes a well-formed request and
 * breaks one thing: a field (null, wrong type, empty, huge, control characters, unpaired
 * surrogates, right-to-left and zero-width characters, huge/negative/fractional numbers, 1e309,
 * deep nesting), an unknown field, the whole body, a query parameter, the content type, the
 * JSON itself, the id in the path or the Idempotency-Key. Every answer must be below 500, an
 * RFC 9457 problem when it is an error (naming the field where a field is at fault), free of
 * stack traces, SQL and internal names; and an error must leave every table as it was.
 *
 * Routes come from the OpenAPI document, so a new route is fuzzed once it is documented. The
 * route table only steers most cases to a caller the route admits (so they get past the guard).
 */
describe('fuzz: every documented operation, every role', () => {
  const options = fuzzOptions();
  const world = new FuzzWorld();
  let operations: Operation[];

  beforeAll(async () => {
    await world.start();
    const document = await request(world.stack.baseUrl).get('/docs-json').expect(200);
    operations = operationsOf(document.body);
  }, 180_000);

  afterAll(async () => {
    await world.stop();
  });

  function admitted(operation: Operation): Caller[] | null {
    const access = (ROUTE_TABLE as Record<string, { public?: boolean; roles: readonly string[] } | undefined>)[operation.routeKey];
    if (!access) return null;
    const callers = CALLERS.filter((caller) => access.roles.includes(caller));
    return access.public ? ['ANONYMOUS', ...callers] : callers;
  }

  it('the document describes the API: operations with bodies and query parameters', () => {
    expect(operations.length).toBeGreaterThan(10);
    expect(operations.filter((operation) => operation.body).length).toBeGreaterThan(5);
    expect(operations.some((operation) => operation.parameters.some((parameter) => parameter.in === 'query'))).toBe(true);
  });

  it(`${options.runs} generated requests (seed ${options.seed}): never a 5xx, always a problem, nothing changed by an error`, async () => {
    process.stdout.write(`fuzz: seed ${options.seed}, ${options.runs} runs, ${operations.length} operations${options.path ? `, replaying path ${options.path}` : ''}\n`);
    const statuses = new Map<number, number>();
    const perOperation = new Map<string, number>();
    const cases = fc.oneof(...operations.map((operation) => casesFor(operation, admitted(operation))));
    const started = Date.now();

    const details = await fc.check(
      fc.asyncProperty(cases, async (fuzzCase: FuzzCase) => {
        const before = await world.snapshot();
        const response = await world.send(requestOf(fuzzCase), fuzzCase.caller);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        perOperation.set(fuzzCase.operation.routeKey, (perOperation.get(fuzzCase.operation.routeKey) ?? 0) + 1);
        const done = [...statuses.values()].reduce((sum, count) => sum + count, 0);
        if (done % 1000 === 0) process.stdout.write(`fuzz: ${done} cases after ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
        const faults = responseFaults(fuzzCase, response);
        if (response.status >= 400) {
          const after = await world.snapshot();
          const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
          if (changed.length > 0) faults.push(`a ${response.status} changed ${changed.join(', ')}`);
        }
        if (faults.length > 0) {
          throw new Error(
            `${describeCase(fuzzCase)}\n→ ${response.status} ${response.contentType}\n${response.text.slice(0, 800)}\n- ${faults.join('\n- ')}\napi log:\n${world.apiLog(10)}`,
          );
        }
      }),
      { seed: options.seed, numRuns: options.runs, path: options.path, endOnFailure: true },
    );

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const byStatus = [...statuses.entries()].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(' ');
    process.stdout.write(`fuzz: ${details.numRuns} cases in ${seconds} s (seed ${options.seed}); statuses ${byStatus}\n`);
    if (details.failed) {
      const reason = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      throw new Error(
        `fuzz case failed after ${details.numRuns} runs. Reproduce with FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath} ` +
          `npx jest test/fuzz.e2e-spec.ts (or FUZZ_SEED alone for the whole sequence)\n${reason}`,
      );
    }
    if (!options.path && options.runs >= operations.length * 10) {
      const missed = operations.map((operation) => operation.routeKey).filter((key) => !perOperation.has(key));
      expect(missed).toEqual([]);
    }
  }, 120_000 + options.runs * 250);
});
