import { randomUUID } from 'node:crypto';
import { businessPlanFor, createTestEnvironment, pollUntil, startServices, TestEnvironment } from '@kdmp/testing';
import { WorkflowActors } from './support/workflow-actors';

type Reviewer = { id: string; token: string };

describe('the financing workflow', () => {
  let environment: TestEnvironment;
  let stack: Awaited<ReturnType<typeof startServices>>;
  let actors: WorkflowActors;
  let desk: Reviewer;
  let desk2: Reviewer;
  let field: Reviewer;
  let committee: Reviewer;

  beforeAll(async () => {
    // Many officers log in from this one address.
    environment = await createTestEnvironment({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    stack = await startServices(environment.env);
    actors = await new WorkflowActors(stack.baseUrl).start();
    desk = await actors.reviewer(['DESK_REVIEW'], ['64.02']);
    desk2 = await actors.reviewer(['DESK_REVIEW'], ['64']);
    field = await actors.reviewer(['FIELD_VERIFICATION'], ['64']);
    committee = await actors.reviewer(['CREDIT_COMMITTEE', 'DESK_REVIEW']);
  });

  afterAll(async () => {
    await stack?.stopAll();
    await environment?.dispose();
  });

  async function notificationsOf(userId: string): Promise<string[]> {
    const { rows } = await environment.db.query<{ event_type: string }>(
      `SELECT event_type FROM notifications WHERE recipient_id = $1 AND channel = 'IN_APP' ORDER BY created_at, event_type`,
      [userId],
    );
    return rows.map((row) => row.event_type);
  }

  it('takes a Kukar cooperative from plan to approved financing, recorded and notified at every step', async () => {
    const cooperative = await actors.cooperative();
    const submitted = await actors.submitPlan(cooperative).expect(202);
    expect(submitted.body).toMatchObject({
      revision: 1,
      requestedAmount: 1_800_000_000,
      policyVersion: 'PMK-49-2025',
      cooperativeState: 'PLAN_SUBMITTED',
    });
    const schedule = submitted.body.repaymentSchedule;
    expect(schedule.instalments).toHaveLength(60);
    expect(schedule.instalments.slice(0, 6).every((instalment: { principal: number }) => instalment.principal === 0)).toBe(true);
    expect(schedule.instalments.reduce((sum: number, instalment: { principal: number }) => sum + instalment.principal, 0)).toBe(1_800_000_000);

    await actors.waitForState(cooperative.id, 'IN_REVIEW');
    const reviewId = await actors.openReviewId(cooperative.id);

    // The desk reviewer sees the work waiting; the field reviewer does not yet.
    const deskList = await actors.api().get('/v1/reviews').auth(desk.token, { type: 'bearer' }).expect(200);
    expect(deskList.body.items.map((review: { id: string }) => review.id)).toContain(reviewId);
    const fieldList = await actors.api().get('/v1/reviews').auth(field.token, { type: 'bearer' }).expect(200);
    expect(fieldList.body.items.map((review: { id: string }) => review.id)).not.toContain(reviewId);

    await actors.decide(desk, reviewId, { stage: 'DESK_REVIEW', decision: 'APPROVE', comment: 'Dokumen lengkap.' }).expect(200);
    await actors.decide(field, reviewId, { stage: 'FIELD_VERIFICATION', decision: 'APPROVE' }).expect(200);
    const final = await actors
      .decide(committee, reviewId, { stage: 'CREDIT_COMMITTEE', decision: 'APPROVE', approvedAmount: 1_700_000_000 })
      .expect(200);
    expect(final.body).toMatchObject({ status: 'APPROVED', approvedAmount: 1_700_000_000, openStage: null });
    expect(final.body.stages.map((stage: { decision: string }) => stage.decision)).toEqual(['APPROVE', 'APPROVE', 'APPROVE']);
    // Matching follows at once; with no partner registered here, the cooperative waits for one.
    await actors.waitForState(cooperative.id, 'AWAITING_PARTNER');

    const timeline = await actors.timeline(cooperative.id);
    expect(timeline.map((entry) => `${entry.type} → ${entry.toState}`)).toEqual([
      'cooperative.registered → REGISTERED',
      'business-plan.submitted → PLAN_SUBMITTED',
      'screening.passed → IN_REVIEW',
      'review.stage-opened → IN_REVIEW',
      'review.stage-approved → IN_REVIEW',
      'review.stage-opened → IN_REVIEW',
      'review.stage-approved → IN_REVIEW',
      'review.stage-opened → IN_REVIEW',
      'review.stage-approved → FINANCING_APPROVED',
      'financing.reviewed → FINANCING_APPROVED',
      'partner.none-found → AWAITING_PARTNER',
    ]);
    expect(timeline[1].actor).toEqual({ type: 'USER', userId: cooperative.officerId });
    expect(timeline[2].actor).toEqual({ type: 'SYSTEM', name: 'screening' });
    expect(timeline[8].actor).toEqual({ type: 'USER', userId: committee.id });

    // Every step reached the people docs/domain.md names.
    const officerHears = [
      'cooperative.registered',
      'business-plan.submitted',
      'screening.passed',
      'review.stage-opened',
      'review.stage-approved',
      'financing.reviewed',
    ];
    const heard = await pollUntil(
      () => notificationsOf(cooperative.officerId),
      (types) => officerHears.every((type) => types.includes(type)) && types.length >= 11,
      { what: 'the officer to hear of every step' },
    );
    expect(new Set(heard)).toEqual(new Set([...officerHears, 'partner.none-found']));
    expect(heard.filter((type) => type === 'review.stage-approved')).toHaveLength(3);
    await pollUntil(() => notificationsOf(field.id), (types) => types.includes('review.stage-opened'), {
      what: 'the field reviewer to be told of work waiting',
    });
  });

  it('sends a plan that fails screening back with every reason, then reviews the resubmission', async () => {
    const cooperative = await actors.cooperative();
    await actors.submitPlan(cooperative, { sector: 'TOURISM', projectedAnnualRevenue: 0 }).expect(202);
    await actors.waitForState(cooperative.id, 'REVISION_REQUESTED');
    const failed = (await actors.timeline(cooperative.id)).find((entry) => entry.type === 'screening.failed')!;
    const reasons = failed.payload.reasons as { code: string; message: { id: string; en: string } }[];
    expect(reasons.map((reason) => reason.code).sort()).toEqual(['PROJECTED_REVENUE_NOT_POSITIVE', 'SECTOR_NOT_OF_COOPERATIVE']);
    expect(reasons.every((reason) => reason.message.id.length > 10 && reason.message.en.length > 10)).toBe(true);

    const plans = await actors.api().get(`/v1/cooperatives/${cooperative.id}/business-plans`).auth(cooperative.token, { type: 'bearer' }).expect(200);
    expect(plans.body[0]).toMatchObject({ revision: 1, status: 'SCREENING_FAILED' });

    const resubmitted = await actors.submitPlan(cooperative).expect(202);
    expect(resubmitted.body.revision).toBe(2);
    await actors.waitForState(cooperative.id, 'IN_REVIEW');
  });

  it('after a rejection takes a new plan; a withdrawal mid-review closes the review', async () => {
    const cooperative = await actors.cooperativeInReview();
    await actors.decide(desk, cooperative.reviewId, { stage: 'DESK_REVIEW', decision: 'REJECT' }).expect(400); // comment required
    await actors.decide(desk, cooperative.reviewId, { stage: 'DESK_REVIEW', decision: 'REJECT', comment: 'Proyeksi tidak realistis.' }).expect(200);
    expect((await actors.cooperativeState(cooperative.id)).state).toBe('FINANCING_REJECTED');

    await actors.submitPlan(cooperative, { capexAmount: 900_000_000 }).expect(202);
    await actors.waitForState(cooperative.id, 'IN_REVIEW');
    const secondReview = await actors.openReviewId(cooperative.id);
    expect(secondReview).not.toBe(cooperative.reviewId);

    await actors.api().post(`/v1/cooperatives/${cooperative.id}/withdraw`).auth(cooperative.token, { type: 'bearer' }).send({ reason: 'Pengurus berganti' }).expect(200);
    const review = await actors.api().get(`/v1/reviews/${secondReview}`).auth(actors.adminToken, { type: 'bearer' }).expect(200);
    expect(review.body).toMatchObject({ status: 'WITHDRAWN', openStage: null });
    await actors.decide(desk, secondReview, { stage: 'DESK_REVIEW', decision: 'APPROVE' }).expect(409);
    // The open stage's reviewers hear of the withdrawal.
    await pollUntil(() => notificationsOf(desk.id), (types) => types.includes('cooperative.withdrawn'), { what: 'the desk reviewer to hear' });
  });

  it('keeps four eyes, stages and regions', async () => {
    const cooperative = await actors.cooperativeInReview();
    const outsider = await actors.reviewer(['DESK_REVIEW'], ['11']);
    await actors.decide(outsider, cooperative.reviewId, { stage: 'DESK_REVIEW', decision: 'APPROVE' }).expect(404);
    await actors.decide(field, cooperative.reviewId, { stage: 'DESK_REVIEW', decision: 'APPROVE' }).expect(403);
    // A stage that is not open yet.
    await actors.decide(field, cooperative.reviewId, { stage: 'FIELD_VERIFICATION', decision: 'APPROVE' }).expect(409);
    await actors.decide(committee, cooperative.reviewId, { stage: 'FIELD_VERIFICATION', decision: 'APPROVE' }).expect(403);
    await actors.decide(committee, cooperative.reviewId, { stage: 'DESK_REVIEW', decision: 'APPROVE' }).expect(200);
    // Stage not open any more.
    await actors.decide(desk, cooperative.reviewId, { stage: 'DESK_REVIEW', decision: 'APPROVE' }).expect(409);
    await actors.decide(field, cooperative.reviewId, { stage: 'FIELD_VERIFICATION', decision: 'APPROVE' }).expect(200);
    // The committee member decided the desk stage: four eyes forbid it the last one.
    const fourEyes = await actors
      .decide(committee, cooperative.reviewId, { stage: 'CREDIT_COMMITTEE', decision: 'APPROVE', approvedAmount: 1_000_000_000 })
      .expect(403);
    expect(fourEyes.headers['content-type']).toMatch(/application\/problem\+json/);
    // The approved amount can be at most the requested one.
    const secondCommittee = await actors.reviewer(['CREDIT_COMMITTEE']);
    await actors.decide(secondCommittee, cooperative.reviewId, { stage: 'CREDIT_COMMITTEE', decision: 'APPROVE', approvedAmount: 1_800_000_001 }).expect(400);
    await actors.decide(secondCommittee, cooperative.reviewId, { stage: 'CREDIT_COMMITTEE', decision: 'APPROVE' }).expect(400);
    await actors.decide(secondCommittee, cooperative.reviewId, { stage: 'CREDIT_COMMITTEE', decision: 'APPROVE', approvedAmount: 1_800_000_000 }).expect(200);
  });

  it('lets exactly one of 100 concurrent pairs of conflicting decisions through per review', async () => {
    const cooperatives: Awaited<ReturnType<WorkflowActors['cooperative']>>[] = [];
    for (let index = 0; index < 100; index += 10) {
      cooperatives.push(...(await Promise.all(Array.from({ length: 10 }, () => actors.cooperative()))));
    }
    await Promise.all(cooperatives.map((cooperative) => actors.submitPlan(cooperative).expect(202)));
    await pollUntil(
      async () => (await environment.db.query(`SELECT count(*)::int AS n FROM reviews WHERE cooperative_id = ANY($1)`, [cooperatives.map((c) => c.id)])).rows[0].n,
      (n) => n === 100,
      { timeoutMs: 60_000, what: 'the 100 reviews to open' },
    );
    const { rows: reviews } = await environment.db.query<{ id: string; cooperative_id: string }>(
      `SELECT id, cooperative_id FROM reviews WHERE cooperative_id = ANY($1)`,
      [cooperatives.map((c) => c.id)],
    );
    const statuses = await Promise.all(
      reviews.map((review) =>
        Promise.all([
          actors.decide(desk, review.id, { stage: 'DESK_REVIEW', decision: 'APPROVE' }),
          actors.decide(desk2, review.id, { stage: 'DESK_REVIEW', decision: 'REJECT', comment: 'Tidak layak.' }),
        ]).then((pair) => pair.map((response) => response.status).sort().join(',')),
      ),
    );
    expect(statuses.filter((pair) => pair === '200,409')).toHaveLength(100);
    const { rows } = await environment.db.query<{ decided: number }>(
      `SELECT count(*)::int AS decided FROM domain_events
        WHERE aggregate_id = ANY($1) AND type IN ('review.stage-approved', 'financing.reviewed')`,
      [cooperatives.map((c) => c.id)],
    );
    expect(rows[0].decided).toBe(100);
  });

  it('submits one plan for ten concurrent requests with the same Idempotency-Key', async () => {
    const cooperative = await actors.cooperative();
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        actors
          .api()
          .post(`/v1/cooperatives/${cooperative.id}/business-plans`)
          .auth(cooperative.token, { type: 'bearer' })
          .set('Idempotency-Key', key)
          .send(businessPlanFor()),
      ),
    );
    expect(responses.every((response) => [202, 409].includes(response.status))).toBe(true);
    const ids = new Set(responses.filter((response) => response.status === 202).map((response) => response.body.id));
    expect(ids.size).toBe(1);
    const { rows } = await environment.db.query(`SELECT count(*)::int AS n FROM business_plans WHERE cooperative_id = $1`, [cooperative.id]);
    expect(rows[0].n).toBe(1);
  });

  describe('bad input is a 400 problem and changes nothing', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['a negative amount', { capexAmount: -1 }, 'capexAmount'],
      ['a fractional amount', { opexAmount: 1000.5 }, 'opexAmount'],
      ['an amount as a string', { capexAmount: '1500000000' }, 'capexAmount'],
      ['an amount above the ceiling', { capexAmount: 2_800_000_000 }, 'capexAmount'],
      ['operating costs above their ceiling', { opexAmount: 600_000_000, capexAmount: 0 }, 'opexAmount'],
      ['an amount above Number.MAX_SAFE_INTEGER', { capexAmount: 9007199254740993 }, 'capexAmount'],
      ['an unknown sector', { sector: 'MINING' }, 'sector'],
      ['an unknown partner role', { seekingRoles: ['BROKER'] }, 'seekingRoles'],
      ['a tenor out of range', { tenorMonths: 84 }, 'tenorMonths'],
      ['a grace period out of range', { gracePeriodMonths: 12 }, 'gracePeriodMonths'],
      ['an unknown field', { state: 'FINANCING_APPROVED' }, 'state'],
    ];

    it.each(cases)('%s', async (_name, overrides, field) => {
      const cooperative = await actors.cooperative();
      const response = await actors.submitPlan(cooperative, overrides).expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      expect(await actors.cooperativeState(cooperative.id)).toMatchObject({ state: 'REGISTERED', version: 1 });
      const { rows } = await environment.db.query(`SELECT 1 FROM business_plans WHERE cooperative_id = $1`, [cooperative.id]);
      expect(rows).toHaveLength(0);
    });

    it('a decision with an unknown value', async () => {
      const cooperative = await actors.cooperativeInReview();
      await actors.decide(desk, cooperative.reviewId, { stage: 'DESK_REVIEW', decision: 'MAYBE' }).expect(400);
      await actors.decide(desk, cooperative.reviewId, { stage: 'DESK_REVIEW', decision: 'APPROVE', approvedAmount: -5 }).expect(400);
      expect(await actors.cooperativeState(cooperative.id)).toMatchObject({ state: 'IN_REVIEW' });
    });
  });

  it('counts the funnel per state and district', async () => {
    const funnel = await actors.api().get('/v1/stats/funnel?regencyCode=64.02').auth(actors.adminToken, { type: 'bearer' }).expect(200);
    const { rows } = await environment.db.query(`SELECT count(*)::int AS n FROM cooperatives WHERE regency_code = '64.02'`);
    expect(funnel.body.total).toBe(rows[0].n);
    expect(funnel.body.byState.AWAITING_PARTNER).toBeGreaterThanOrEqual(1);
    expect(funnel.body.byDistrict[0]).toMatchObject({ districtCode: '64.02.01', district: 'Muara Muntai' });
    await actors.api().get('/v1/stats/funnel?regencyCode=bad').auth(actors.adminToken, { type: 'bearer' }).expect(400);
  });
});
