import { createTestEnvironment, pollUntil, startServices, TestEnvironment } from '@kdmp/testing';
import { WorkflowActors } from './support/workflow-actors';

/** Each test works in a sector of its own, so its partners meet only its cooperatives. */
describe('partners and matching', () => {
  let environment: TestEnvironment;
  let stack: Awaited<ReturnType<typeof startServices>>;
  let actors: WorkflowActors;

  beforeAll(async () => {
    environment = await createTestEnvironment({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    stack = await startServices(environment.env);
    actors = await new WorkflowActors(stack.baseUrl).start();
  });

  afterAll(async () => {
    await stack?.stopAll();
    await environment?.dispose();
  });

  const state = (id: string) => actors.cooperativeState(id).then((cooperative) => cooperative.state);
  const eventTypes = async (id: string) => (await actors.timeline(id)).map((entry) => entry.type);
  const inSector = (sector: string) => [{ sectors: [sector, 'AGRICULTURE'] }, { sector }] as const;

  it('proposes the best partners with reasons; the partner accepts and the cooperative is PARTNERED', async () => {
    const near = await actors.partner({ sectors: ['PLANTATION'], commodities: ['palm oil'], regionCodes: ['64.02'] });
    const national = await actors.partner({ sectors: ['PLANTATION'], commodities: ['rubber'], regionCodes: ['NATIONAL'], capacity: 50 });
    const wrongRole = await actors.partner({ roles: ['DISTRIBUTOR'], sectors: ['PLANTATION'], regionCodes: ['64.02'] });
    const elsewhere = await actors.partner({ sectors: ['PLANTATION'], regionCodes: ['11'] });

    const [coopOverrides, planOverrides] = inSector('PLANTATION');
    const cooperative = await actors.approvedCooperative(coopOverrides, { ...planOverrides, commodities: ['palm oil'] });
    await actors.waitForState(cooperative.id, 'MATCHING');

    const proposals = await actors.matchesOf(cooperative);
    expect(proposals.map((match) => match.partnerId)).toEqual([near.id, national.id]);
    expect(proposals[0].score).toBeGreaterThan(proposals[1].score);
    expect(proposals[0].reasons.length).toBeGreaterThan(0);
    expect(proposals.map((match) => match.partnerId)).not.toContain(wrongRole.id);
    expect(proposals.map((match) => match.partnerId)).not.toContain(elsewhere.id);

    // A partner sees its own proposal and the cooperative's public profile, without contacts yet.
    const [offer] = await actors.matchesOf(near);
    expect(offer).toMatchObject({ cooperativeId: cooperative.id, status: 'PROPOSED', role: 'OFFTAKER' });
    const profile = await actors.api().get(`/v1/cooperatives/${cooperative.id}`).auth(near.token, { type: 'bearer' }).expect(200);
    expect(profile.body).toMatchObject({ taxNumber: null, bankAccount: null, contactEmail: null, contactPhone: null });
    // ... and the plan it is asked to back, without the screening's findings; another partner sees nothing.
    const plans = await actors.api().get(`/v1/cooperatives/${cooperative.id}/business-plans`).auth(near.token, { type: 'bearer' }).expect(200);
    expect(plans.body).toEqual([expect.objectContaining({ id: offer.businessPlanId, commodities: ['palm oil'], screeningFailures: null })]);
    expect(JSON.stringify(plans.body)).not.toMatch(/bankAccount|taxNumber|accountNumber/);
    await actors.api().get(`/v1/cooperatives/${cooperative.id}/business-plans`).auth(elsewhere.token, { type: 'bearer' }).expect(404);

    // The officer learns who proposed: each match carries the partner's public profile, no contact yet.
    const seen = (await actors.matchesOf(cooperative)) as unknown as { partnerId: string; partner: Record<string, unknown> }[];
    expect(seen.find((match) => match.partnerId === near.id)!.partner).toEqual({
      id: near.id,
      name: expect.stringMatching(/^PT Mitra /),
      type: 'PRIVATE',
      roles: ['OFFTAKER'],
      sectors: ['PLANTATION'],
      regionCodes: ['64.02'],
      contactEmail: null,
    });
    const publicProfile = await actors.api().get(`/v1/partners/${near.id}`).auth(cooperative.token, { type: 'bearer' }).expect(200);
    expect(publicProfile.body).toMatchObject({ id: near.id, contactEmail: null });
    expect(publicProfile.body).not.toHaveProperty('capacity');
    expect(publicProfile.body).not.toHaveProperty('webhookUrl');
    // A partner it was never matched with stays hidden.
    await actors.api().get(`/v1/partners/${elsewhere.id}`).auth(cooperative.token, { type: 'bearer' }).expect(404);

    const accepted = await actors.api().post(`/v1/matches/${offer.id}/accept`).auth(near.token, { type: 'bearer' }).send({ comment: 'Siap membeli TBS.' }).expect(200);
    expect(accepted.body.status).toBe('ACCEPTED');
    expect(await state(cooperative.id)).toBe('PARTNERED');
    const afterAccept = await actors.api().get(`/v1/cooperatives/${cooperative.id}`).auth(near.token, { type: 'bearer' }).expect(200);
    expect(afterAccept.body.contactEmail).toMatch(/@example\.id$/);
    expect(afterAccept.body.bankAccount).toBeNull();
    const partner = await actors.api().get(`/v1/partners/${near.id}`).auth(near.token, { type: 'bearer' }).expect(200);
    expect(partner.body.activePartnerships).toBe(1);
    // Once accepted, the officer sees whom to call.
    const acceptedMatch = (await actors.matchesOf(cooperative)).find((match) => match.partnerId === near.id) as unknown as { partner: { contactEmail: string } };
    expect(acceptedMatch.partner.contactEmail).toBe('kemitraan@example.co.id');
    const withContact = await actors.api().get(`/v1/partners/${near.id}`).auth(cooperative.token, { type: 'bearer' }).expect(200);
    expect(withContact.body.contactEmail).toBe('kemitraan@example.co.id');
    // A proposal still open shows no contact.
    const stillOpen = (await actors.matchesOf(cooperative)).find((match) => match.partnerId === national.id) as unknown as { partner: { contactEmail: string | null } };
    expect(stillOpen.partner.contactEmail).toBeNull();

    // The other proposal can still be declined while the cooperative is PARTNERED.
    const [other] = await actors.matchesOf(national);
    await actors.api().post(`/v1/matches/${other.id}/decline`).auth(national.token, { type: 'bearer' }).send({}).expect(400);
    await actors.api().post(`/v1/matches/${other.id}/decline`).auth(national.token, { type: 'bearer' }).send({ reason: 'Kuota penuh' }).expect(200);
    await actors.api().post(`/v1/matches/${offer.id}/accept`).auth(near.token, { type: 'bearer' }).send({}).expect(409);

    const timeline = await eventTypes(cooperative.id);
    expect(timeline.slice(-5)).toEqual(['financing.reviewed', 'partner.matched', 'partner.matched', 'match.accepted', 'match.declined']);
    const notified = async (userId: string) =>
      (await environment.db.query(`SELECT event_type FROM notifications WHERE recipient_id = $1`, [userId])).rows.map((row) => row.event_type);
    await pollUntil(() => notified(cooperative.officerId), (types) => types.includes('match.accepted') && types.includes('partner.matched'), {
      what: 'the officer to hear of the proposal and the acceptance',
    });
    await pollUntil(() => notified(near.userId), (types) => types.includes('partner.matched') && types.includes('match.accepted'), {
      what: 'the partner to hear of the proposal and its confirmation',
    });
  });

  it('rematches without those who declined, waits when none is left, and matches a partner who registers later', async () => {
    const first = await actors.partner({ sectors: ['LIVESTOCK'], commodities: ['cattle'] });
    const second = await actors.partner({ sectors: ['LIVESTOCK'], commodities: ['goat'] });
    const [coopOverrides, planOverrides] = inSector('LIVESTOCK');
    const cooperative = await actors.approvedCooperative(coopOverrides, { ...planOverrides, commodities: ['cattle'] });
    await actors.waitForState(cooperative.id, 'MATCHING');

    for (const partner of [first, second]) {
      const [offer] = await actors.matchesOf(partner, '?status=PROPOSED');
      await actors.api().post(`/v1/matches/${offer.id}/decline`).auth(partner.token, { type: 'bearer' }).send({ reason: 'Tidak sesuai' }).expect(200);
    }
    await actors.waitForState(cooperative.id, 'AWAITING_PARTNER');
    expect(await eventTypes(cooperative.id)).toContain('partner.none-found');

    const latecomer = await actors.partner({ sectors: ['LIVESTOCK'], commodities: ['cattle'], regionCodes: ['64'] });
    await actors.waitForState(cooperative.id, 'MATCHING');
    const offers = await actors.matchesOf(cooperative, '?status=PROPOSED');
    expect(offers.map((offer) => offer.partnerId)).toEqual([latecomer.id]);
  });

  it('never proposes a partner at capacity, refuses an acceptance beyond it, and matches again when capacity is freed', async () => {
    const small = await actors.partner({ sectors: ['PROCESSED_FOOD'], commodities: ['kerupuk'], capacity: 1 });
    const [coopOverrides, planOverrides] = inSector('PROCESSED_FOOD');
    const [a, b] = [await actors.approvedCooperative(coopOverrides, planOverrides), await actors.approvedCooperative(coopOverrides, planOverrides)];
    await actors.waitForState(a.id, 'MATCHING');
    await actors.waitForState(b.id, 'MATCHING');
    const offers = await actors.matchesOf(small, '?status=PROPOSED');
    const offerTo = (id: string) => offers.find((offer) => offer.cooperativeId === id)!;
    await actors.api().post(`/v1/matches/${offerTo(a.id).id}/accept`).auth(small.token, { type: 'bearer' }).send({}).expect(200);
    const refused = await actors.api().post(`/v1/matches/${offerTo(b.id).id}/accept`).auth(small.token, { type: 'bearer' }).send({}).expect(409);
    expect(refused.body.reason).toBe('AT_CAPACITY');

    const c = await actors.approvedCooperative(coopOverrides, planOverrides);
    await actors.waitForState(c.id, 'AWAITING_PARTNER');

    await actors.api().patch(`/v1/partners/${small.id}`).auth(small.token, { type: 'bearer' }).send({ capacity: 3 }).expect(200);
    await actors.waitForState(c.id, 'MATCHING');
    expect((await actors.matchesOf(c)).map((offer) => offer.partnerId)).toEqual([small.id]);
  });

  it('keeps each partner to its own matches', async () => {
    const owner = await actors.partner({ sectors: ['HEALTH'], commodities: ['herbal'] });
    const stranger = await actors.partner({ sectors: ['RETAIL'] });
    const [coopOverrides, planOverrides] = inSector('HEALTH');
    const cooperative = await actors.approvedCooperative(coopOverrides, planOverrides);
    await actors.waitForState(cooperative.id, 'MATCHING');
    const [offer] = await actors.matchesOf(owner);
    expect(await actors.matchesOf(stranger)).toEqual([]);
    await actors.api().post(`/v1/matches/${offer.id}/accept`).auth(stranger.token, { type: 'bearer' }).send({}).expect(404);
    await actors.api().post(`/v1/matches/${offer.id}/decline`).auth(stranger.token, { type: 'bearer' }).send({ reason: 'x' }).expect(404);
    await actors.api().get(`/v1/cooperatives/${cooperative.id}`).auth(stranger.token, { type: 'bearer' }).expect(404);
    await actors.api().get(`/v1/partners/${owner.id}`).auth(stranger.token, { type: 'bearer' }).expect(404);
    await actors.api().patch(`/v1/partners/${owner.id}`).auth(stranger.token, { type: 'bearer' }).send({ capacity: 0 }).expect(404);
  });

  it('lets open proposals lapse when the cooperative withdraws, and tells their partners', async () => {
    const partner = await actors.partner({ sectors: ['SAVINGS_AND_LOAN'], roles: ['FINANCIER'] });
    const cooperative = await actors.approvedCooperative({ sectors: ['SAVINGS_AND_LOAN'] }, { sector: 'SAVINGS_AND_LOAN', seekingRoles: ['FINANCIER'] });
    await actors.waitForState(cooperative.id, 'MATCHING');
    await actors.api().post(`/v1/cooperatives/${cooperative.id}/withdraw`).auth(cooperative.token, { type: 'bearer' }).send({ reason: 'Batal' }).expect(200);
    const [offer] = await actors.matchesOf(partner);
    expect(offer.status).toBe('EXPIRED');
    await actors.api().post(`/v1/matches/${offer.id}/accept`).auth(partner.token, { type: 'bearer' }).send({}).expect(409);
    await pollUntil(
      async () => (await environment.db.query(`SELECT 1 FROM notifications WHERE recipient_id = $1 AND event_type = 'cooperative.withdrawn' AND channel = 'IN_APP'`, [partner.userId])).rows.length,
      (n) => n === 1,
      { what: 'the partner to hear of the withdrawal' },
    );
  });

  it('shows a new webhook secret once and can rotate it', async () => {
    const partner = await actors.partner({ sectors: ['TOURISM'] });
    expect(partner.webhookSecret).toMatch(/^whsec_[A-Za-z0-9+/]{32,}={0,2}$/);
    const listed = await actors.api().get(`/v1/partners/${partner.id}`).auth(partner.token, { type: 'bearer' }).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain('whsec_');
    const rotated = await actors.api().post(`/v1/partners/${partner.id}/webhook-secret`).auth(partner.token, { type: 'bearer' }).expect(200);
    expect(rotated.body.webhookSecret).toMatch(/^whsec_/);
    expect(rotated.body.webhookSecret).not.toBe(partner.webhookSecret);
  });
});

describe('proposal expiry', () => {
  let environment: TestEnvironment;
  let stack: Awaited<ReturnType<typeof startServices>>;
  let actors: WorkflowActors;

  beforeAll(async () => {
    environment = await createTestEnvironment({ LOGIN_ATTEMPTS_PER_MINUTE: '100000', MATCH_EXPIRY_MS: '2000' });
    stack = await startServices(environment.env);
    actors = await new WorkflowActors(stack.baseUrl).start();
  });

  afterAll(async () => {
    await stack?.stopAll();
    await environment?.dispose();
  });

  it('expires an unanswered proposal by its timer, then rematches (none left: waits)', async () => {
    const silent = await actors.partner({ sectors: ['LOGISTICS'] });
    const cooperative = await actors.approvedCooperative({ sectors: ['LOGISTICS'] }, { sector: 'LOGISTICS' });
    await actors.waitForState(cooperative.id, 'AWAITING_PARTNER');
    const types = (await actors.timeline(cooperative.id)).map((entry) => entry.type);
    expect(types.slice(-3)).toEqual(['partner.matched', 'match.expired', 'partner.none-found']);
    const [expired] = await actors.matchesOf(silent);
    expect(expired.status).toBe('EXPIRED');
    await actors.api().post(`/v1/matches/${expired.id}/accept`).auth(silent.token, { type: 'bearer' }).send({}).expect(409);
  });
});
