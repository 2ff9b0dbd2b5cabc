import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import ts from 'typescript';
import SwaggerParser from '@apidevtools/swagger-parser';
import { getMetadataStorage } from 'class-validator';
import { createTestEnvironment, startServices, TestEnvironment } from '@kdmp/testing';
import { ROUTE_TABLE, RouteKey } from '../apps/api/src/auth/route-table';
import { ROUTE_RESPONSES } from '../apps/api/src/docs/route-responses';
import { takesIdempotencyKey } from '../apps/api/src/http/idempotency.interceptor';
import { LoginDto } from '../apps/api/src/auth/login.dto';
import { MonthlyCapacityDto, SubmitBusinessPlanDto } from '../apps/api/src/business-plans/submit-business-plan.dto';
import { BankAccountDto, OfficerDto, RegisterCooperativeDto } from '../apps/api/src/cooperatives/register-cooperative.dto';
import { UpdateCooperativeProfileDto } from '../apps/api/src/cooperatives/update-cooperative-profile.dto';
import { WithdrawCooperativeDto } from '../apps/api/src/cooperatives/withdraw-cooperative.dto';
import { PartnerUserDto, RegisterPartnerDto, UpdatePartnerDto } from '../apps/api/src/partners/partner.dto';
import { DecideReviewStageDto } from '../apps/api/src/reviews/decide-review-stage.dto';
import { CreateUserDto } from '../apps/api/src/users/create-user.dto';
import { AcceptMatchDto, DeclineMatchDto } from '../apps/api/src/matches/matches.controller';
import { PreferencesDto } from '../apps/api/src/notifications/notifications.controller';

const ROOT = path.resolve(__dirname, '..');

type Document = {
  paths: Record<string, Record<string, { security?: unknown[]; parameters?: { name: string; in: string }[]; responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
  components: { schemas: Record<string, { required?: string[]; properties?: Record<string, { format?: string; type?: string }> }> };
};

/** The API reference is enough to write a client: valid, complete, and a typed client compiles against it. */
describe('the OpenAPI document', () => {
  let environment: TestEnvironment;
  let stack: Awaited<ReturnType<typeof startServices>>;
  let document: Document;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    stack = await startServices(environment.env, ['api']);
    document = (await request(stack.baseUrl).get('/docs-json').expect(200)).body;
  });

  afterAll(async () => {
    await stack?.stopAll();
    await environment?.dispose();
  });

  const operation = (key: RouteKey) => {
    const [method, route] = key.split(' ');
    return document.paths[route.replace(/:(\w+)/g, '{$1}')][method.toLowerCase()];
  };

  it('is a valid OpenAPI document (swagger-parser)', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it.each(Object.keys(ROUTE_TABLE) as RouteKey[])('%s documents its success body and every problem as problem+json', (key) => {
    const { responses } = operation(key);
    const answer = ROUTE_RESPONSES[key];
    expect(responses[answer.status]).toBeDefined();
    if (answer.body) expect(responses[answer.status].content?.['application/json'].schema).toBeDefined();
    const problems = Object.keys(responses).filter((status) => Number(status) >= 400);
    expect(problems.length).toBeGreaterThan(0);
    for (const status of problems) {
      expect(responses[status].content).toEqual({ 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } });
    }
    const access = ROUTE_TABLE[key] as { public?: boolean; roles: readonly string[]; scope?: string };
    if (!access.public) expect(problems).toContain('401');
    if (access.scope) expect(problems).toContain('404');
  });

  it('asks for a token only where one is needed', () => {
    expect(operation('POST /v1/auth/login').security).toBeUndefined();
    expect(operation('GET /v1/regions').security).toBeUndefined();
    expect(operation('POST /v1/invitations/accept').security).toBeUndefined();
    // Self-registration: anyone, or an admin with a token.
    expect(operation('POST /v1/cooperatives').security).toEqual([{}, { bearer: [] }]);
    expect(operation('GET /v1/me').security).toEqual([{ bearer: [] }]);
  });

  it('names the Idempotency-Key header on every POST that takes it', () => {
    for (const key of Object.keys(ROUTE_TABLE) as RouteKey[]) {
      const names = (operation(key).parameters ?? []).filter((parameter) => parameter.in === 'header').map((parameter) => parameter.name);
      const expected = takesIdempotencyKey(key) ? ['Idempotency-Key'] : [];
      expect({ key, headers: names }).toEqual({ key, headers: expected });
    }
  });

  it('types webhookUrl as a URI', () => {
    expect(document.components.schemas.RegisterPartnerDto.properties!.webhookUrl).toMatchObject({ type: 'string', format: 'uri' });
  });

  // Each request body class: `required` must list exactly the properties validation requires.
  it.each([
    LoginDto,
    SubmitBusinessPlanDto,
    MonthlyCapacityDto,
    RegisterCooperativeDto,
    BankAccountDto,
    OfficerDto,
    UpdateCooperativeProfileDto,
    WithdrawCooperativeDto,
    RegisterPartnerDto,
    PartnerUserDto,
    UpdatePartnerDto,
    DecideReviewStageDto,
    CreateUserDto,
    AcceptMatchDto,
    DeclineMatchDto,
    PreferencesDto,
  ].map((dto) => [dto.name, dto] as const))('%s: the required list matches validation', (name, dto) => {
    const metadata = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
    const properties = [...new Set(metadata.map((entry) => entry.propertyName))];
    const optional = new Set(metadata.filter((entry) => entry.type === 'conditionalValidation').map((entry) => entry.propertyName));
    const required = properties.filter((property) => !optional.has(property)).sort();
    expect([...(document.components.schemas[name]?.required ?? [])].sort()).toEqual(required);
  });

  it('generates a typed client that compiles the README calls and the new endpoints', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'kdmp-openapi-'));
    try {
      writeFileSync(path.join(directory, 'openapi.json'), JSON.stringify(document));
      execFileSync(process.execPath, [path.join(ROOT, 'node_modules/openapi-typescript/bin/cli.js'), 'openapi.json', '-o', 'schema.d.ts', '--default-non-nullable', 'false'], {
        cwd: directory,
        stdio: 'pipe',
      });
      writeFileSync(path.join(directory, 'calls.ts'), TYPED_CALLS);
      const program = ts.createProgram([path.join(directory, 'calls.ts')], {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.CommonJS,
        lib: ['lib.es2022.d.ts'],
        types: [],
      });
      const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      expect(diagnostics).toEqual([]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

/**
 * A small typed client over the generated `paths`, and the calls the README shows (and the
 * console makes) written with it. `@ts-expect-error` lines prove the types are not `any`.
 */
const TYPED_CALLS = `
import type { paths } from './schema';

type Method = 'get' | 'post' | 'patch';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type RequestBody<O> = O extends { requestBody: infer R } ? JsonOf<R> : O extends { requestBody?: infer R } ? JsonOf<NonNullable<R>> : never;
type Success<O> = O extends { responses: infer R }
  ? R extends { 200: infer S } ? JsonOf<S> : R extends { 201: infer S } ? JsonOf<S> : R extends { 202: infer S } ? JsonOf<S> : void
  : never;
type Query<O> = O extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

declare function call<P extends keyof paths, M extends Method>(
  method: M,
  path: P,
  options?: { params?: Record<string, string>; query?: Query<Operation<P, M>>; body?: RequestBody<Operation<P, M>>; token?: string; idempotencyKey?: string },
): Promise<Success<Operation<P, M>>>;

export async function readme(): Promise<void> {
  // Try the slice: register, log in as the officer, read the timeline.
  const cooperative = await call('post', '/v1/cooperatives', {
    body: {
      name: 'Koperasi Desa Merah Putih Perian', kind: 'DESA', village: 'Perian', district: 'Muara Muntai',
      regency: 'Kabupaten Kutai Kartanegara', province: 'Kalimantan Timur', regionCode: '64.02.01.2001',
      memberCount: 25, sectors: ['AGRICULTURE'], officer: { email: 'pengurus@example.id', password: 'rahasia-desa-123' },
    },
  });
  const id: string = cooperative.id;
  const version: number = cooperative.version;
  const login = await call('post', '/v1/auth/login', { body: { email: 'pengurus@example.id', password: 'rahasia-desa-123' } });
  const token: string = login.accessToken;
  const timeline = await call('get', '/v1/cooperatives/{id}/timeline', { params: { id }, token });
  const firstType: string = timeline[0].type;

  // An admin: who am I, and a reviewer.
  const me = await call('get', '/v1/me', { token });
  const role: 'ADMIN' | 'REVIEWER' | 'COOPERATIVE' | 'PARTNER' = me.role;
  const reviewer = await call('post', '/v1/users', {
    token, body: { email: 'reviewer@example.id', password: 'another-long-secret', role: 'REVIEWER', stages: ['DESK_REVIEW'], regionCodes: ['64.02'] },
  });
  const reviewerId: string = reviewer.id;

  // Importing and listing.
  const report = await call('post', '/v1/cooperatives/import', { token });
  const registered: number = report.registered;
  const page = await call('get', '/v1/cooperatives', { token, query: { regencyCode: '64.02', state: 'REGISTERED', q: 'perian', limit: 20 } });
  const names: string[] = page.items.map((item) => item.name);

  // The profile, the regions, the reviewer's list, a decision without a stage, matches with partners.
  const completed = await call('patch', '/v1/cooperatives/{id}', { params: { id }, token, body: { expectedVersion: version, taxNumber: '0123456789012345' } });
  const bank: { accountNumber: string } | null = completed.bankAccount;
  const regions = await call('get', '/v1/regions', { query: { parent: '64.02' } });
  const districts: string[] = regions.items.map((region) => region.name);
  const reviews = await call('get', '/v1/reviews', { token });
  const village: string = reviews.items[0].cooperative.village;
  const deadline: string | null | undefined = reviews.items[0].stageDeadlineAt;
  const decided = await call('post', '/v1/reviews/{id}/decisions', { params: { id: reviews.items[0].id }, token, body: { decision: 'APPROVE' }, idempotencyKey: 'k-1' });
  const openStage: string | null | undefined = decided.openStage;
  const matches = await call('get', '/v1/matches', { token });
  const partnerName: string | undefined = matches.items[0].partner?.name;
  const plan = await call('post', '/v1/cooperatives/{id}/business-plans', { params: { id }, token, body: {
    title: 'Penggilingan padi', summary: 'Penggilingan padi 2 ton per jam.', sector: 'AGRICULTURE', commodities: ['rice'],
    capexAmount: 1500000000, opexAmount: 300000000, tenorMonths: 60, gracePeriodMonths: 6, projectedAnnualRevenue: 2400000000,
    seekingRoles: ['OFFTAKER'], monthlyCapacity: { quantity: 120, unit: 'ton' }, exportReady: false,
  } });
  const state: string = plan.cooperativeState;

  // @ts-expect-error the cooperative has no such field
  cooperative.notAField;
  // @ts-expect-error regionCode is required at registration
  await call('post', '/v1/cooperatives', { body: { name: 'x', memberCount: 25, sectors: ['AGRICULTURE'], officer: { email: 'a@b.id', password: 'p' } } });
  // @ts-expect-error expectedVersion is required to change a profile
  await call('patch', '/v1/cooperatives/{id}', { params: { id }, token, body: { taxNumber: '0123456789012345' } });

  void [firstType, role, reviewerId, registered, names, bank, districts, village, deadline, openStage, partnerName, state];
}
`;
