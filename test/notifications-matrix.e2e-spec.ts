import { randomUUID } from 'node:crypto';
import { DOMAIN_EVENT_TYPES, DomainEventType } from '@kdmp/contracts';
import { RECIPIENT_MATRIX } from '@kdmp/notifications';
import { createTestEnvironment, insertUser, login, pollUntil, startServices, TestEnvironment } from '@kdmp/testing';
import { PASSWORD, WorkflowActors } from './support/workflow-actors';
import { SmtpCatcher } from './support/smtp-catcher';
import { WebhookReceiver } from './support/webhook-receiver';
import { waitForFanOut } from './support/notification-probes';

/** Someone the notifier may address, as this test knows them. */
interface Person {
  name: string;
  id: string;
  role: 'ADMIN' | 'REVIEWER' | 'COOPERATIVE' | 'PARTNER';
  stages: string[];
  regionCodes: string[];
  cooperativeId?: string;
  partnerId?: string;
  /** Turned non-critical email off (after the setup's events were fanned out). */
  emailOff: boolean;
  /** Came into being after the setup's events were fanned out. */
  addedAfterSetup: boolean;
}

interface KnownCooperative {
  name: string;
  id: string;
  regencyCode: string;
  provinceCode: string;
  token: string;
  officerId: string;
}

interface StoredEvent {
  id: string;
  type: DomainEventType;
  aggregate_type: 'cooperative' | 'partner';
  aggregate_id: string;
  sequence: number;
  payload: Record<string, unknown>;
}

type Actor = { id: string; token: string };

/**
 * Every event type of the pipeline, driven through the running services, produces exactly the
 * notifications RECIPIENT_MATRIX names: per event, the set of (recipient, channel) rows equals
 * what this test computes from the matrix and the people it made (officers; the stage's
 * reviewers by stage and region; admins by region, the test admin covering every region;
 * partner users; partner organisations with a webhook URL). Email only where the person keeps
 * email on, or for a critical row.
 */
describe('the recipient matrix, end to end', () => {
  let catcher: SmtpCatcher;
  let receiver: WebhookReceiver;
  let environment: TestEnvironment;
  let stack: Awaited<ReturnType<typeof startServices>>;
  let actors: WorkflowActors;

  const people: Person[] = [];
  const cooperatives = new Map<string, KnownCooperative>();
  const partners = new Map<string, { name: string; webhookUrl: string | null }>();
  /** What was open when a cooperative withdrew: the stage, the partners with open proposals. */
  const withdrawals = new Map<string, { stage?: string; partnerIds: string[] }>();
  /** Events fanned out before the preferences changed and the extra partner user was added. */
  let setupEvents = new Set<string>();

  let desk: Actor;
  let field: Actor;
  let committee: Actor;
  let cooperativeB: KnownCooperative;
  const partnerOf: Record<string, { id: string; token: string; userId: string }> = {};

  function person(name: string, id: string, role: Person['role'], extra: Partial<Person> = {}): Person {
    const known: Person = { name, id, role, stages: [], regionCodes: [], emailOff: false, addedAfterSetup: false, ...extra };
    people.push(known);
    return known;
  }

  async function reviewer(name: string, stages: string[], regionCodes: string[] = []): Promise<Actor> {
    const created = await actors.reviewer(stages, regionCodes);
    person(name, created.id, 'REVIEWER', { stages, regionCodes });
    return created;
  }

  async function admin(name: string, regionCodes: string[]): Promise<Actor> {
    const email = `admin-${randomUUID()}@example.id`;
    const created = await actors
      .api()
      .post('/v1/users')
      .auth(actors.adminToken, { type: 'bearer' })
      .send({ email, password: PASSWORD, role: 'ADMIN', regionCodes })
      .expect(201);
    person(name, created.body.id, 'ADMIN', { regionCodes });
    return { id: created.body.id, token: await login(stack.baseUrl, email, PASSWORD) };
  }

  async function partner(name: string, sector: string, withWebhook: boolean) {
    const webhookUrl = withWebhook ? receiver.url(`/${name}`) : null;
    const created = await actors.partner({ sectors: [sector], commodities: ['rice'], ...(webhookUrl ? { webhookUrl } : {}) });
    if (webhookUrl) receiver.secret(`/${name}`, created.webhookSecret);
    partners.set(created.id, { name, webhookUrl });
    person(`${name} user`, created.userId, 'PARTNER', { partnerId: created.id });
    partnerOf[name] = created;
    return created;
  }

  async function cooperative(name: string, sector?: string): Promise<KnownCooperative> {
    const created = await actors.cooperative(sector ? { sectors: [sector, 'AGRICULTURE'] } : {});
    const { rows } = await environment.db.query<{ regency_code: string; province_code: string }>(
      `SELECT regency_code, province_code FROM cooperatives WHERE id = $1`,
      [created.id],
    );
    const known = { name, ...created, regencyCode: rows[0].regency_code, provinceCode: rows[0].province_code };
    cooperatives.set(created.id, known);
    person(`${name} officer`, created.officerId, 'COOPERATIVE', { cooperativeId: created.id });
    return known;
  }

  async function turnEmailOff(token: string, id: string) {
    await actors.api().patch('/v1/me/preferences').auth(token, { type: 'bearer' }).send({ emailNotifications: false }).expect(204);
    people.find((known) => known.id === id)!.emailOff = true;
  }

  beforeAll(async () => {
    catcher = await new SmtpCatcher().start();
    receiver = await new WebhookReceiver().start();
    environment = await createTestEnvironment({
      SMTP_URL: catcher.url,
      WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true',
      DELIVERY_BACKOFF_BASE_MS: '200',
      DELIVERY_MAX_ATTEMPTS: '3',
      LOGIN_ATTEMPTS_PER_MINUTE: '100000',
      // Stage timers of seconds (reminder, then escalation) and proposals that lapse quickly.
      REVIEW_DEADLINE_MS: '4000',
      REVIEW_REMINDER_LEAD_MS: '2000',
      MATCH_EXPIRY_MS: '8000',
    });
    stack = await startServices(environment.env);
    actors = await new WorkflowActors(stack.baseUrl).start();
    const me = await actors.api().get('/v1/me').auth(actors.adminToken, { type: 'bearer' }).expect(200);
    person('test admin', me.body.id, 'ADMIN');

    // Everyone who may hear of a cooperative exists before its first event.
    const kukarAdmin = await admin('Kukar admin', ['64.02']);
    await admin('Kaltim admin', ['64']);
    await admin('Aceh admin', ['11']);
    desk = await reviewer('Kukar desk reviewer', ['DESK_REVIEW'], ['64.02']);
    await reviewer('Aceh desk reviewer', ['DESK_REVIEW'], ['11']);
    field = await reviewer('Kaltim field reviewer', ['FIELD_VERIFICATION'], ['64']);
    committee = await reviewer('committee reviewer', ['CREDIT_COMMITTEE']);
    await reviewer('senior reviewer', ['FIELD_VERIFICATION', 'CREDIT_COMMITTEE']);
    await partner('plantation-one', 'PLANTATION', true);
    await partner('plantation-two', 'PLANTATION', false);
    await partner('livestock', 'LIVESTOCK', true);
    await partner('logistics', 'LOGISTICS', false);
    await partner('health', 'HEALTH', true);
    await actors
      .api()
      .patch(`/v1/partners/${partnerOf['plantation-one'].id}`)
      .auth(actors.adminToken, { type: 'bearer' })
      .send({ capacity: 6 })
      .expect(200);
    cooperativeB = await cooperative('B (screening failure, revision, rejection)');

    // Then some change their minds, and a partner gets a second user.
    await waitForFanOut(environment.db);
    const { rows } = await environment.db.query<{ id: string }>(`SELECT id FROM domain_events`);
    setupEvents = new Set(rows.map((row) => row.id));
    await turnEmailOff(kukarAdmin.token, kukarAdmin.id);
    await turnEmailOff(field.token, field.id);
    await turnEmailOff(partnerOf['plantation-two'].token, partnerOf['plantation-two'].userId);
    await turnEmailOff(cooperativeB.token, cooperativeB.officerId);
    const second = await insertUser(environment.db, {
      email: `partner-${randomUUID()}@example.id`,
      password: PASSWORD,
      role: 'PARTNER',
      partnerId: partnerOf['plantation-one'].id,
    });
    person('plantation-one second user', second, 'PARTNER', { partnerId: partnerOf['plantation-one'].id, addedAfterSetup: true });
  });

  afterAll(async () => {
    await stack?.stopAll();
    await environment?.dispose();
    await receiver?.stop();
    await catcher?.stop();
  });

  const decide = (reviewerActor: Actor, reviewId: string, body: Record<string, unknown>) => actors.decide(reviewerActor, reviewId, body).expect(200);

  async function inReview(known: KnownCooperative, plan: Record<string, unknown> = {}) {
    await actors.submitPlan(known, plan).expect(202);
    await actors.waitForState(known.id, 'IN_REVIEW');
    return actors.openReviewId(known.id);
  }

  /** Three approvals; matching then proposes the sector's partners. */
  async function approvedAndMatching(name: string, sector: string) {
    const known = await cooperative(name, sector);
    const reviewId = await inReview(known, { sector });
    await decide(desk, reviewId, { stage: 'DESK_REVIEW', decision: 'APPROVE' });
    await decide(field, reviewId, { stage: 'FIELD_VERIFICATION', decision: 'APPROVE' });
    await decide(committee, reviewId, { stage: 'CREDIT_COMMITTEE', decision: 'APPROVE', approvedAmount: 1_200_000_000 });
    await actors.waitForState(known.id, 'MATCHING');
    return known;
  }

  async function withdraw(known: KnownCooperative) {
    const review = await environment.db.query<{ open_stage: string | null }>(
      `SELECT open_stage FROM reviews WHERE cooperative_id = $1 AND open_stage IS NOT NULL`,
      [known.id],
    );
    const open = await actors.matchesOf(known, '?status=PROPOSED');
    withdrawals.set(known.id, { stage: review.rows[0]?.open_stage ?? undefined, partnerIds: open.map((match) => match.partnerId) });
    await actors.api().post(`/v1/cooperatives/${known.id}/withdraw`).auth(known.token, { type: 'bearer' }).send({ reason: 'Pengurus berganti' }).expect(200);
  }

  const flows = {
    /** register → plan → screening → three approvals → matching → one accepts, the other declines. */
    async partnered() {
      const known = await approvedAndMatching('A (partnered)', 'PLANTATION');
      const proposals = await actors.matchesOf(known);
      expect(proposals.map((match) => match.partnerId).sort()).toEqual([partnerOf['plantation-one'].id, partnerOf['plantation-two'].id].sort());
      const mine = (owner: string) => proposals.find((match) => match.partnerId === partnerOf[owner].id)!;
      await actors.api().post(`/v1/matches/${mine('plantation-one').id}/accept`).auth(partnerOf['plantation-one'].token, { type: 'bearer' }).send({}).expect(200);
      await actors
        .api()
        .post(`/v1/matches/${mine('plantation-two').id}/decline`)
        .auth(partnerOf['plantation-two'].token, { type: 'bearer' })
        .send({ reason: 'Kuota penuh' })
        .expect(200);
      expect((await actors.cooperativeState(known.id)).state).toBe('PARTNERED');
    },
    /** screening failure → review → revision requested → review again → rejection. */
    async rejected() {
      await actors.submitPlan(cooperativeB, { sector: 'TOURISM', projectedAnnualRevenue: 0 }).expect(202);
      await actors.waitForState(cooperativeB.id, 'REVISION_REQUESTED');
      const first = await inReview(cooperativeB);
      await decide(desk, first, { stage: 'DESK_REVIEW', decision: 'REQUEST_REVISION', comment: 'Lengkapi proyeksi arus kas.' });
      await actors.waitForState(cooperativeB.id, 'REVISION_REQUESTED');
      const second = await inReview(cooperativeB);
      await decide(desk, second, { stage: 'DESK_REVIEW', decision: 'REJECT', comment: 'Proyeksi tidak realistis.' });
      await actors.waitForState(cooperativeB.id, 'FINANCING_REJECTED');
    },
    /** left in review: reminded, escalated, then withdrawn (the open stage's reviewers hear). */
    async escalatedThenWithdrawn() {
      const known = await cooperative('C (escalated, withdrawn in review)');
      await inReview(known);
      await pollUntil(async () => (await actors.timeline(known.id)).map((entry) => entry.type), (types) => types.includes('review.escalated'), {
        what: 'the desk stage escalation',
      });
      await withdraw(known);
    },
    /** its only partner declines: none found. */
    async declinedThenNoneFound() {
      const known = await approvedAndMatching('D (declined, none found)', 'LIVESTOCK');
      const [offer] = await actors.matchesOf(partnerOf.livestock);
      await actors.api().post(`/v1/matches/${offer.id}/decline`).auth(partnerOf.livestock.token, { type: 'bearer' }).send({ reason: 'Tidak sesuai' }).expect(200);
      await actors.waitForState(known.id, 'AWAITING_PARTNER');
    },
    /** its only partner stays silent: the proposal expires, none found. */
    async expired() {
      const known = await approvedAndMatching('E (expired)', 'LOGISTICS');
      await actors.waitForState(known.id, 'AWAITING_PARTNER', 30_000);
    },
    /** the officer completes the profile: the officers hear of it in the app only. */
    async profileUpdated() {
      const known = await cooperative('G (profile updated)');
      const { version } = await actors.cooperativeState(known.id);
      await actors.api().patch(`/v1/cooperatives/${known.id}`).auth(known.token, { type: 'bearer' }).send({ expectedVersion: version, memberCount: 31 }).expect(200);
    },
    /** withdrawn with a proposal open: that partner hears. */
    async withdrawnWhileMatching() {
      const known = await approvedAndMatching('F (withdrawn while matching)', 'HEALTH');
      await withdraw(known);
      expect(withdrawals.get(known.id)!.partnerIds).toEqual([partnerOf.health.id]);
    },
  };

  it('drives every event type through the running services', async () => {
    await Promise.all(Object.values(flows).map((flow) => flow()));
    const { rows } = await environment.db.query<{ type: string }>(`SELECT DISTINCT type FROM domain_events`);
    expect(rows.map((row) => row.type).sort()).toEqual([...DOMAIN_EVENT_TYPES].sort());
  });

  it('gives each event exactly the recipients and channels of the matrix', async () => {
    const { rows: events } = await environment.db.query<StoredEvent>(
      `SELECT id, type, aggregate_type, aggregate_id, sequence, payload FROM domain_events ORDER BY occurred_at, sequence`,
    );
    await waitForFanOut(environment.db, events.map((event) => event.id));
    const { rows } = await environment.db.query<{ event_id: string; recipient_type: string; recipient_id: string; channel: string }>(
      `SELECT event_id, recipient_type, recipient_id, channel FROM notifications WHERE event_id = ANY($1::uuid[])`,
      [events.map((event) => event.id)],
    );
    const nameOf = new Map<string, string>([...people.map((known) => [known.id, known.name] as const), ...[...partners].map(([id, known]) => [id, known.name] as const)]);
    const key = (recipientType: string, recipientId: string, channel: string) => `${channel} → ${nameOf.get(recipientId) ?? `unknown ${recipientType} ${recipientId}`}`;

    const actual: Record<string, string[]> = {};
    const expected: Record<string, string[]> = {};
    for (const event of events) {
      const label = `${labelOf(event)} #${event.sequence} ${event.type} (${event.id})`;
      actual[label] = rows
        .filter((row) => row.event_id === event.id)
        .map((row) => key(row.recipient_type, row.recipient_id, row.channel))
        .sort();
      expected[label] = expectedFor(event)
        .map(([recipientType, recipientId, channel]) => key(recipientType, recipientId, channel))
        .sort();
    }
    expect(actual).toEqual(expected);
    // Not a vacuous comparison: every kind of recipient and every channel was exercised.
    const everything = Object.values(expected).flat();
    for (const channel of ['IN_APP', 'EMAIL', 'WEBHOOK']) expect(everything.some((entry) => entry.startsWith(channel))).toBe(true);
    expect(rows.length).toBeGreaterThan(200);
  });

  function labelOf(event: StoredEvent): string {
    return event.aggregate_type === 'cooperative' ? `cooperative ${cooperatives.get(event.aggregate_id)?.name}` : `partner ${partners.get(event.aggregate_id)?.name}`;
  }

  /** The matrix applied by hand to the people this test knows. */
  function expectedFor(event: StoredEvent): [string, string, string][] {
    const known = event.aggregate_type === 'cooperative' ? cooperatives.get(event.aggregate_id) : undefined;
    if (event.aggregate_type === 'cooperative' && !known) throw new Error(`an event of an unknown cooperative: ${event.aggregate_id}`);
    if (event.aggregate_type === 'partner' && !partners.has(event.aggregate_id)) throw new Error(`an event of an unknown partner: ${event.aggregate_id}`);
    const duringSetup = setupEvents.has(event.id);
    const present = people.filter((candidate) => !(duringSetup && candidate.addedAfterSetup));
    const covers = (candidate: Person) =>
      candidate.regionCodes.length === 0 || (known !== undefined && (candidate.regionCodes.includes(known.regencyCode) || candidate.regionCodes.includes(known.provinceCode)));
    const rows: [string, string, string][] = [];
    for (const entry of RECIPIENT_MATRIX[event.type]) {
      let users: Person[] = [];
      let organisations: string[] = [];
      switch (entry.recipients) {
        case 'COOPERATIVE_OFFICERS':
          users = present.filter((candidate) => candidate.role === 'COOPERATIVE' && known !== undefined && candidate.cooperativeId === known.id);
          break;
        case 'REGION_ADMINS':
          users = present.filter((candidate) => candidate.role === 'ADMIN' && (known === undefined || covers(candidate)));
          break;
        case 'STAGE_REVIEWERS': {
          const stage = event.type === 'cooperative.withdrawn' ? withdrawals.get(known!.id)?.stage : (event.payload.stage as string | undefined);
          users = stage ? present.filter((candidate) => candidate.role === 'REVIEWER' && candidate.stages.includes(stage) && covers(candidate)) : [];
          break;
        }
        case 'PARTNER_USERS':
          organisations =
            event.type === 'cooperative.withdrawn'
              ? (withdrawals.get(known!.id)?.partnerIds ?? [])
              : event.aggregate_type === 'partner'
                ? [event.aggregate_id]
                : [event.payload.partnerId as string];
          users = present.filter((candidate) => candidate.role === 'PARTNER' && organisations.includes(candidate.partnerId!));
          break;
      }
      for (const user of users) {
        rows.push(['USER', user.id, 'IN_APP']);
        if (!entry.inAppOnly && (entry.critical || duringSetup || !user.emailOff)) rows.push(['USER', user.id, 'EMAIL']);
      }
      for (const organisation of organisations) {
        if (partners.get(organisation)?.webhookUrl) rows.push(['PARTNER', organisation, 'WEBHOOK']);
      }
    }
    return rows;
  }
});
