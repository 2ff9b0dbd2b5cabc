import request from 'supertest';
import { createTestEnvironment, kukarVillages, pollUntil, startServices, TestEnvironment } from '@kdmp/testing';
import { WorkflowActors } from './support/workflow-actors';

/**
 * PATCH /v1/cooperatives/:id: a cooperative registered without its identifiers fails
 * screening, completes its profile, and passes on resubmission.
 */
describe('cooperative profile', () => {
  let environment: TestEnvironment;
  let stack: Awaited<ReturnType<typeof startServices>>;
  let actors: WorkflowActors;
  const villages = kukarVillages();
  const api = () => request(stack.baseUrl);

  beforeAll(async () => {
    environment = await createTestEnvironment();
    stack = await startServices(environment.env);
    actors = await new WorkflowActors(stack.baseUrl, 120).start();
  });

  afterAll(async () => {
    await stack?.stopAll();
    await environment?.dispose();
  });

  const patch = (id: string, token: string, body: Record<string, unknown>) =>
    api().patch(`/v1/cooperatives/${id}`).auth(token, { type: 'bearer' }).send(body);

  async function inAppNotifications(cooperativeId: string, template: string) {
    const { rows } = await environment.db.query<{ channel: string; title: string; body: string }>(
      `SELECT channel, title, body FROM notifications WHERE data->>'cooperativeId' = $1 AND template = $2`,
      [cooperativeId, template],
    );
    return rows;
  }

  it('registered without identifiers: screening fails with MISSING_*, the officer completes the profile, the resubmitted plan passes', async () => {
    // Without the identifiers, but with the tax number: the welcome asks for the other four only.
    const cooperative = await actors.cooperative({
      legalEntityNumber: undefined,
      cooperativeNumber: undefined,
      businessNumber: undefined,
      bankAccount: undefined,
    });
    const welcome = await pollUntil(() => inAppNotifications(cooperative.id, 'cooperative.registered/cooperative'), (rows) => rows.length >= 1, {
      what: 'the welcome',
    });
    expect(welcome[0].body).toMatch(/nomor badan hukum, NIK koperasi, NIB, dan rekening bank koperasi/);
    expect(welcome[0].body).not.toMatch(/NPWP/);

    await actors.submitPlan(cooperative).expect(202);
    await actors.waitForState(cooperative.id, 'REVISION_REQUESTED');
    const failed = (await actors.timeline(cooperative.id)).find((entry) => entry.type === 'screening.failed')!;
    const codes = (failed.payload.reasons as { code: string }[]).map((reason) => reason.code);
    expect(codes).toEqual(['MISSING_LEGAL_ENTITY_NUMBER', 'MISSING_COOPERATIVE_NUMBER', 'MISSING_BUSINESS_NUMBER', 'MISSING_BANK_ACCOUNT']);

    const before = await api().get(`/v1/cooperatives/${cooperative.id}`).auth(cooperative.token, { type: 'bearer' }).expect(200);
    // A stale version is a conflict, and changes nothing.
    const stale = await patch(cooperative.id, cooperative.token, { expectedVersion: before.body.version - 1, businessNumber: '6402012001000' }).expect(409);
    expect(stale.body).toMatchObject({ status: 409, currentVersion: before.body.version });
    // Validated as at registration.
    const invalid = await patch(cooperative.id, cooperative.token, { expectedVersion: before.body.version, cooperativeNumber: '123', bankAccount: { bankName: 'BRI' } }).expect(400);
    expect(invalid.body.errors.map((error: { field: string }) => error.field)).toEqual(
      expect.arrayContaining(['cooperativeNumber', 'bankAccount.accountNumber', 'bankAccount.accountHolder']),
    );

    const completed = await patch(cooperative.id, cooperative.token, {
      expectedVersion: before.body.version,
      legalEntityNumber: 'AHU-0012345.AH.01.29.TAHUN 2025',
      cooperativeNumber: '6402012001000000',
      businessNumber: '6402012001000',
      bankAccount: { bankName: 'Bank Rakyat Indonesia', accountNumber: '012301000123', accountHolder: 'Koperasi Desa Merah Putih' },
      contactPhone: '+6281200001111',
      memberCount: 40,
    }).expect(200);
    expect(completed.body).toMatchObject({
      version: before.body.version + 1,
      state: 'REVISION_REQUESTED',
      legalEntityNumber: 'AHU-0012345.AH.01.29.TAHUN 2025',
      businessNumber: '6402012001000',
      bankAccount: { accountNumber: '012301000123' },
      memberCount: 40,
    });
    const reread = await api().get(`/v1/cooperatives/${cooperative.id}`).auth(cooperative.token, { type: 'bearer' }).expect(200);
    expect(reread.body).toEqual({ ...completed.body, updatedAt: expect.any(String) });

    // In the timeline, with the names of the fields only; the officer hears of it in the app only.
    const updated = (await actors.timeline(cooperative.id)).filter((entry) => entry.type === 'cooperative.profile-updated');
    expect(updated).toEqual([
      expect.objectContaining({
        toState: 'REVISION_REQUESTED',
        payload: { changes: ['memberCount', 'contactPhone', 'legalEntityNumber', 'cooperativeNumber', 'businessNumber', 'bankAccount'] },
      }),
    ]);
    const told = await pollUntil(() => inAppNotifications(cooperative.id, 'cooperative.profile-updated/cooperative'), (rows) => rows.length >= 1, {
      what: 'the profile-updated notification',
    });
    expect(told.map((row) => row.channel)).toEqual(['IN_APP']);
    expect(told[0].body).toContain('NIB');

    // The same values again change nothing: no version, no event.
    const same = await patch(cooperative.id, cooperative.token, { expectedVersion: completed.body.version, memberCount: 40 }).expect(200);
    expect(same.body.version).toBe(completed.body.version);

    await actors.submitPlan(cooperative).expect(202);
    await actors.waitForState(cooperative.id, 'IN_REVIEW');

    // Under review the data stands still: the transition table refuses the edit.
    const duringReview = await patch(cooperative.id, cooperative.token, { expectedVersion: (await actors.cooperativeState(cooperative.id)).version, memberCount: 41 }).expect(409);
    expect(duringReview.body).toMatchObject({ currentState: 'IN_REVIEW' });
  });

  it('only the officer of the cooperative and an admin may edit it; a reviewer may not, another officer sees 404', async () => {
    const own = await actors.cooperative();
    const other = await actors.cooperative();
    const reviewer = await actors.reviewer(['DESK_REVIEW']);
    await patch(own.id, other.token, { expectedVersion: 1, memberCount: 30 }).expect(404);
    await patch(own.id, reviewer.token, { expectedVersion: 1, memberCount: 30 }).expect(403);
    await api().patch(`/v1/cooperatives/${own.id}`).send({ expectedVersion: 1, memberCount: 30 }).expect(401);
    const byAdmin = await patch(own.id, actors.adminToken, { expectedVersion: 1, memberCount: 30 }).expect(200);
    expect(byAdmin.body).toMatchObject({ memberCount: 30, version: 2 });
  });

  it('refuses an empty patch, clearing what a cooperative must have, and unknown fields', async () => {
    const cooperative = await actors.cooperative();
    expect((await patch(cooperative.id, cooperative.token, { expectedVersion: 1 }).expect(400)).body.status).toBe(400);
    const cleared = await patch(cooperative.id, cooperative.token, { expectedVersion: 1, name: null, memberCount: null }).expect(400);
    expect(cleared.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['memberCount', 'name']);
    const unknown = await patch(cooperative.id, cooperative.token, { expectedVersion: 1, state: 'PARTNERED' }).expect(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'state' })]);
    await patch(cooperative.id, cooperative.token, { memberCount: 30 }).expect(400); // expectedVersion is required
    // A contact or an identifier may be cleared.
    const withoutPhone = await patch(cooperative.id, cooperative.token, { expectedVersion: 1, contactPhone: null }).expect(200);
    expect(withoutPhone.body.contactPhone).toBeNull();
  });

  it('moves the cooperative to another village of the list: names from the code, unknown codes and taken villages refused', async () => {
    const cooperative = await actors.cooperative();
    const neighbour = await actors.cooperative();
    const taken = (await api().get(`/v1/cooperatives/${neighbour.id}`).auth(actors.adminToken, { type: 'bearer' }).expect(200)).body.regionCode;
    const free = villages[230];
    const unknown = await patch(cooperative.id, cooperative.token, { expectedVersion: 1, regionCode: '64.02.01.2999' }).expect(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'regionCode' })]);
    const disagreeing = await patch(cooperative.id, cooperative.token, { expectedVersion: 1, regionCode: free.regionCode, village: 'Perian' }).expect(400);
    expect(disagreeing.body.errors).toEqual([expect.objectContaining({ field: 'village' })]);
    const moved = await patch(cooperative.id, actors.adminToken, { expectedVersion: 1, regionCode: free.regionCode }).expect(200);
    expect(moved.body).toMatchObject({
      regionCode: free.regionCode,
      districtCode: free.districtCode,
      village: free.village,
      district: free.district,
      kind: free.kind,
      version: 2,
    });
    const conflict = await patch(cooperative.id, cooperative.token, { expectedVersion: 2, regionCode: taken }).expect(409);
    expect(conflict.body.errors).toEqual([expect.objectContaining({ field: 'regionCode' })]);
  });
});
