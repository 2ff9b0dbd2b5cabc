import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { businessPlanFor, kukarVillages, login, pollUntil, registrationFor, TEST_ADMIN } from '@kdmp/testing';

export const PASSWORD = 'rahasia-uji-12345';
const villages = kukarVillages();

/** The people of the financing workflow, acting over HTTP against one running stack. */
export class WorkflowActors {
  private nextVillage: number;
  adminToken = '';

  /** `firstVillage`: where in the Kukar list this set of actors starts registering. */
  constructor(
    readonly baseUrl: string,
    firstVillage = 0,
  ) {
    this.nextVillage = firstVillage;
  }

  api() {
    return request(this.baseUrl);
  }

  async start(): Promise<this> {
    this.adminToken = await login(this.baseUrl, TEST_ADMIN.email, TEST_ADMIN.password);
    return this;
  }

  async reviewer(stages: string[], regionCodes: string[] = []): Promise<{ id: string; token: string }> {
    const email = `reviewer-${randomUUID()}@example.id`;
    const created = await this.api()
      .post('/v1/users')
      .auth(this.adminToken, { type: 'bearer' })
      .send({ email, password: PASSWORD, role: 'REVIEWER', stages, regionCodes })
      .expect(201);
    return { id: created.body.id, token: await login(this.baseUrl, email, PASSWORD) };
  }

  /** Registers the next Kukar village's cooperative; returns its id and its officer's token. */
  async cooperative(overrides: Record<string, unknown> = {}): Promise<{ id: string; token: string; officerId: string }> {
    const email = `officer-${randomUUID()}@example.id`;
    const body = registrationFor(villages[this.nextVillage++], { officer: { email, password: PASSWORD }, ...overrides });
    const created = await this.api().post('/v1/cooperatives').send(body).expect(201);
    const token = await login(this.baseUrl, email, PASSWORD);
    const me = await this.api().get('/v1/me').auth(token, { type: 'bearer' }).expect(200);
    return { id: created.body.id, token, officerId: me.body.id };
  }

  submitPlan(cooperative: { id: string; token: string }, overrides: Record<string, unknown> = {}) {
    return this.api()
      .post(`/v1/cooperatives/${cooperative.id}/business-plans`)
      .auth(cooperative.token, { type: 'bearer' })
      .send(businessPlanFor(overrides));
  }

  async cooperativeState(id: string): Promise<{ state: string; version: number }> {
    const response = await this.api().get(`/v1/cooperatives/${id}`).auth(this.adminToken, { type: 'bearer' }).expect(200);
    return response.body;
  }

  async waitForState(id: string, state: string, timeoutMs = 20_000): Promise<{ state: string; version: number }> {
    return pollUntil(() => this.cooperativeState(id), (cooperative) => cooperative.state === state, {
      timeoutMs,
      what: `cooperative ${id} to reach ${state}`,
    });
  }

  async timeline(id: string): Promise<{ type: string; toState: string; actor: unknown; payload: Record<string, unknown> }[]> {
    const response = await this.api().get(`/v1/cooperatives/${id}/timeline`).auth(this.adminToken, { type: 'bearer' }).expect(200);
    return response.body;
  }

  /** The review opened for the cooperative's latest plan (from its timeline). */
  async openReviewId(id: string): Promise<string> {
    const opened = (await this.timeline(id)).filter((entry) => entry.type === 'review.stage-opened');
    return opened[opened.length - 1].payload.reviewId as string;
  }

  /** A cooperative whose plan passed screening: its review is open at the first stage. */
  async cooperativeInReview(overrides: Record<string, unknown> = {}) {
    const cooperative = await this.cooperative(overrides);
    await this.submitPlan(cooperative).expect(202);
    await this.waitForState(cooperative.id, 'IN_REVIEW');
    return { ...cooperative, reviewId: await this.openReviewId(cooperative.id) };
  }

  private panel: { id: string; token: string }[] | null = null;

  /** A cooperative whose financing was approved through all three stages. */
  async approvedCooperative(cooperativeOverrides: Record<string, unknown> = {}, planOverrides: Record<string, unknown> = {}) {
    this.panel ??= [
      await this.reviewer(['DESK_REVIEW']),
      await this.reviewer(['FIELD_VERIFICATION']),
      await this.reviewer(['CREDIT_COMMITTEE']),
    ];
    const [desk, field, committee] = this.panel;
    const cooperative = await this.cooperative(cooperativeOverrides);
    await this.submitPlan(cooperative, planOverrides).expect(202);
    await this.waitForState(cooperative.id, 'IN_REVIEW');
    const reviewId = await this.openReviewId(cooperative.id);
    await this.decide(desk, reviewId, { stage: 'DESK_REVIEW', decision: 'APPROVE' }).expect(200);
    await this.decide(field, reviewId, { stage: 'FIELD_VERIFICATION', decision: 'APPROVE' }).expect(200);
    const final = await this.decide(committee, reviewId, { stage: 'CREDIT_COMMITTEE', decision: 'APPROVE', approvedAmount: 1_000_000_000 });
    if (final.status !== 200) throw new Error(`final approval failed: ${JSON.stringify(final.body)}`);
    return { ...cooperative, reviewId };
  }

  /** Registers a partner organisation (as the admin) and logs its first user in. */
  async partner(profile: Record<string, unknown>): Promise<{ id: string; token: string; userId: string; webhookSecret: string }> {
    const email = `partner-${randomUUID()}@example.id`;
    const created = await this.api()
      .post('/v1/partners')
      .auth(this.adminToken, { type: 'bearer' })
      .send({
        name: `PT Mitra ${randomUUID().slice(0, 8)}`,
        type: 'PRIVATE',
        roles: ['OFFTAKER'],
        sectors: ['AGRICULTURE'],
        commodities: ['rice'],
        regionCodes: ['64.02'],
        capacity: 5,
        contactEmail: 'kemitraan@example.co.id',
        ...profile,
        user: { email, password: PASSWORD },
      })
      .expect(201);
    return { id: created.body.id, token: await login(this.baseUrl, email, PASSWORD), userId: created.body.userId, webhookSecret: created.body.webhookSecret };
  }

  async matchesOf(caller: { token: string }, query = ''): Promise<{ id: string; partnerId: string; cooperativeId: string; businessPlanId: string; status: string; role: string; score: number; reasons: { en: string }[] }[]> {
    const response = await this.api().get(`/v1/matches${query}`).auth(caller.token, { type: 'bearer' }).expect(200);
    return response.body.items;
  }

  decide(reviewer: { token: string }, reviewId: string, body: Record<string, unknown>) {
    return this.api().post(`/v1/reviews/${reviewId}/decisions`).auth(reviewer.token, { type: 'bearer' }).send(body);
  }
}
