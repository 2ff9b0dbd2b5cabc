import { randomUUID } from 'node:crypto';
import { createTestEnvironment, kukarVillages, login, pollUntil, registrationFor, startServices, TestEnvironment, TEST_ADMIN } from '@kdmp/testing';
import { PASSWORD, WorkflowActors } from './support/workflow-actors';
import { CaughtMail, SmtpCatcher } from './support/smtp-catcher';
import { deliveryView, notificationsFor, waitForDelivery, waitForFanOut } from './support/notification-probes';

const MAIL_FROM = 'no-reply@kdmp.example.id';

/**
 * Email over a real SMTP server started in this process: the notifier's mails arrive, in the
 * recipient's language, and a user who turned email off still gets decisions.
 */
describe('notifications by email', () => {
  const villages = kukarVillages();
  /** Cooperatives registered here take villages from 150 on; WorkflowActors' take them from 0. */
  let nextVillage = 150;
  let catcher: SmtpCatcher;
  let environment: TestEnvironment;
  let stack: Awaited<ReturnType<typeof startServices>>;
  let actors: WorkflowActors;

  beforeAll(async () => {
    catcher = await new SmtpCatcher().start();
    // refused-…: the mailbox does not exist (for good); greylisted-…: "try again later" once.
    catcher.rule = (address, attempt) => {
      if (address.startsWith('refused-')) return { code: 550, message: '5.1.1 Mailbox unavailable' };
      if (address.startsWith('greylisted-') && attempt === 1) return { code: 451, message: '4.7.1 Greylisted, please try again later' };
      return null;
    };
    environment = await createTestEnvironment({
      SMTP_URL: catcher.url,
      LOGIN_ATTEMPTS_PER_MINUTE: '100000',
      DELIVERY_BACKOFF_BASE_MS: '200',
      DELIVERY_MAX_ATTEMPTS: '4',
    });
    stack = await startServices(environment.env);
    actors = await new WorkflowActors(stack.baseUrl).start();
  });

  afterAll(async () => {
    await stack?.stopAll();
    await environment?.dispose();
    await catcher?.stop();
  });

  /** A cooperative whose officer has the given address prefix and locale. */
  async function cooperativeWithOfficer(options: { prefix?: string; locale?: 'id' | 'en' } = {}) {
    const email = `${options.prefix ?? 'officer-'}${randomUUID()}@example.id`;
    const body = registrationFor(villages[nextVillage++], {
      officer: { email, password: PASSWORD, ...(options.locale ? { locale: options.locale } : {}) },
    });
    const created = await actors.api().post('/v1/cooperatives').send(body).expect(201);
    const token = await login(stack.baseUrl, email, PASSWORD);
    const me = await actors.api().get('/v1/me').auth(token, { type: 'bearer' }).expect(200);
    return { id: created.body.id as string, name: body.name as string, email, token, officerId: me.body.id as string };
  }

  function mailTo(address: string, matching: (mail: CaughtMail) => boolean = () => true, what = `a mail to ${address}`): Promise<CaughtMail> {
    return pollUntil(async () => catcher.to(address).find(matching), (mail) => mail !== undefined, { what }) as Promise<CaughtMail>;
  }

  async function emailRow(recipientId: string, eventType: string) {
    const rows = await notificationsFor(environment.db, { recipientId, eventType });
    return rows.find((row) => row.channel === 'EMAIL');
  }

  it('welcomes a new cooperative\'s officer in Bahasa Indonesia by default, and tells the admin', async () => {
    const cooperative = await cooperativeWithOfficer();
    const welcome = await mailTo(cooperative.email);
    expect(welcome.subject).toBe(`Selamat datang, ${cooperative.name}`);
    expect(welcome.text).toContain('telah terdaftar dalam sistem pembiayaan dan kemitraan Koperasi Desa/Kelurahan Merah Putih');
    expect(welcome.from).toBe(MAIL_FROM);
    expect(welcome.to).toEqual([cooperative.email]);

    // The mail is the EMAIL notification of the event: its Message-ID names the notification.
    const row = await pollUntil(() => emailRow(cooperative.officerId, 'cooperative.registered'), (found) => found?.status === 'SENT', {
      what: 'the welcome email to be SENT',
    });
    expect(row!).toMatchObject({ locale: 'id', attempts: 1, title: welcome.subject });
    expect(welcome.messageId).toBe(`<${row!.id}@kdmp>`);

    // The admins hear of a new cooperative in their region (the test admin covers every region).
    const adminMail = await mailTo(TEST_ADMIN.email, (mail) => mail.subject.includes(cooperative.name), 'the admin\'s mail');
    expect(adminMail.subject).toMatch(/^Koperasi baru terdaftar/);
  });

  it('writes to an English-speaking officer in English', async () => {
    const cooperative = await cooperativeWithOfficer({ locale: 'en' });
    const welcome = await mailTo(cooperative.email);
    expect(welcome.subject).toBe(`Welcome, ${cooperative.name}`);
    expect(welcome.text).toContain('was registered in the Koperasi Desa/Kelurahan Merah Putih financing and partnership system');
    // The in-app notification is in English too.
    const inbox = await actors.api().get('/v1/notifications').auth(cooperative.token, { type: 'bearer' }).expect(200);
    expect(inbox.body.items).toEqual([expect.objectContaining({ eventType: 'cooperative.registered', title: welcome.subject, locale: 'en' })]);
  });

  it('sends the financing decision by email, with the amount the Indonesian way', async () => {
    const cooperative = await actors.approvedCooperative();
    const { rows } = await environment.db.query<{ email: string }>(`SELECT email FROM users WHERE id = $1`, [cooperative.officerId]);
    const decision = await mailTo(rows[0].email, (mail) => mail.subject.startsWith('Pembiayaan disetujui'), 'the decision by email');
    expect(decision.subject).toBe('Pembiayaan disetujui: Rp 1.000.000.000');
    expect(decision.text).toContain('dengan nilai pembiayaan yang disetujui sebesar Rp 1.000.000.000');
  });

  it('stops non-critical email for a user who turned it off, but still sends decisions', async () => {
    const desk = await actors.reviewer(['DESK_REVIEW']);
    const cooperative = await cooperativeWithOfficer();
    await mailTo(cooperative.email); // the welcome, while email is on
    await actors
      .api()
      .patch('/v1/me/preferences')
      .auth(cooperative.token, { type: 'bearer' })
      .send({ emailNotifications: false })
      .expect(204);

    await actors.submitPlan(cooperative).expect(202);
    await actors.waitForState(cooperative.id, 'IN_REVIEW');
    const reviewId = await actors.openReviewId(cooperative.id);
    const { rows: progress } = await environment.db.query<{ id: string }>(`SELECT id FROM domain_events WHERE aggregate_id = $1 AND type <> 'cooperative.registered'`, [
      cooperative.id,
    ]);
    await waitForFanOut(environment.db, progress.map((event) => event.id));
    // Receipt, screening result and stage opened: in-app only.
    const heard = await notificationsFor(environment.db, { recipientId: cooperative.officerId });
    const progressTypes = ['business-plan.submitted', 'screening.passed', 'review.stage-opened'];
    for (const type of progressTypes) {
      expect(heard.filter((row) => row.event_type === type).map((row) => row.channel)).toEqual(['IN_APP']);
    }

    // A reviewer's request for revision is a decision: it is emailed anyway.
    await actors.decide(desk, reviewId, { stage: 'DESK_REVIEW', decision: 'REQUEST_REVISION', comment: 'Lampirkan proyeksi arus kas.' }).expect(200);
    const revision = await mailTo(cooperative.email, (mail) => mail.subject === 'Peninjau meminta perbaikan rencana bisnis', 'the revision request by email');
    expect(revision.text).toContain('Lampirkan proyeksi arus kas.');
    expect(catcher.to(cooperative.email).map((mail) => mail.subject)).toEqual([`Selamat datang, ${cooperative.name}`, revision.subject]);

    // In-app, the officer has everything, newest first; reading one takes it off the unread list.
    const unread = await actors.api().get('/v1/notifications?unread=true').auth(cooperative.token, { type: 'bearer' }).expect(200);
    expect(unread.body.items[0].eventType).toBe('review.revision-requested');
    expect(unread.body.items.map((item: { eventType: string }) => item.eventType).sort()).toEqual(
      ['cooperative.registered', 'review.revision-requested', ...progressTypes].sort(),
    );
    await actors.api().post(`/v1/notifications/${unread.body.items[0].id}/read`).auth(cooperative.token, { type: 'bearer' }).expect(200);
    const after = await actors.api().get('/v1/notifications?unread=true').auth(cooperative.token, { type: 'bearer' }).expect(200);
    expect(after.body.total).toBe(unread.body.total - 1);
  });

  it('gives up at once on an address the server refuses for good (SMTP 5xx)', async () => {
    const cooperative = await cooperativeWithOfficer({ prefix: 'refused-' });
    const row = await pollUntil(() => emailRow(cooperative.officerId, 'cooperative.registered'), (found) => found !== undefined, {
      what: 'the welcome email row',
    });
    const dead = await waitForDelivery(stack.baseUrl, actors.adminToken, row!.id, 'DEAD');
    expect(dead.attemptLog).toEqual([expect.objectContaining({ attempt: 1, outcome: 'DEAD', statusCode: 550 })]);
    expect(dead.lastError).toMatch(/550|Mailbox unavailable/);
    expect(catcher.recipientAttempts.get(cooperative.email)).toBe(1);
    expect(catcher.to(cooperative.email)).toEqual([]);
  });

  it('tries again after a temporary refusal (SMTP 4xx) and delivers', async () => {
    const cooperative = await cooperativeWithOfficer({ prefix: 'greylisted-' });
    const row = await pollUntil(() => emailRow(cooperative.officerId, 'cooperative.registered'), (found) => found !== undefined, {
      what: 'the welcome email row',
    });
    await pollUntil(async () => (await emailRow(cooperative.officerId, 'cooperative.registered'))!.status, (status) => status === 'SENT' || status === 'DEAD', {
      what: 'the greylisted welcome to be settled',
    });
    const delivery = (await deliveryView(stack.baseUrl, actors.adminToken, row!.id))!;
    expect({ status: delivery.status, attempts: delivery.attemptLog.map((attempt) => [attempt.outcome, attempt.statusCode]) }).toEqual({
      status: 'SENT',
      attempts: [
        ['FAILED', 451],
        ['SENT', null],
      ],
    });
    expect(catcher.to(cooperative.email)).toHaveLength(1);
  });
});
