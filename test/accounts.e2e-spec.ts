import { createHash, randomUUID } from 'node:crypto';
import request from 'supertest';
import { businessPlanFor, createTestEnvironment, kukarVillages, login, pollUntil, registrationFor, startServices, TestEnvironment, TEST_ADMIN } from '@kdmp/testing';
import { CaughtMail, SmtpCatcher } from './support/smtp-catcher';
import { PASSWORD, WorkflowActors } from './support/workflow-actors';

/** The suite's logins and reset requests from one address stay under this; the last test goes over it. */
const ATTEMPTS_PER_MINUTE = 40;

/**
 * Accounts a person finishes alone, over HTTP against the three services, with the emails
 * caught by a real SMTP server in this process: invitations (an officer of an imported
 * cooperative, a partner user, a reviewer), password change and reset, and an admin's list
 * of users with disabling. Tokens are read from the emails, as a person would.
 */
describe('accounts: invitations, passwords, users', () => {
  const villages = kukarVillages();
  let nextVillage = 40;
  let catcher: SmtpCatcher;
  let environment: TestEnvironment;
  let stack: Awaited<ReturnType<typeof startServices>>;
  let actors: WorkflowActors;
  let admin: string;

  beforeAll(async () => {
    catcher = await new SmtpCatcher().start();
    // refused-…: the mailbox does not exist (for good); greylisted-…: "try again later" once.
    catcher.rule = (address, attempt) => {
      if (address.startsWith('refused-')) return { code: 550, message: '5.1.1 Mailbox unavailable' };
      if (address.startsWith('greylisted-') && attempt === 1) return { code: 451, message: '4.7.1 Greylisted, please try again later' };
      return null;
    };
    environment = await createTestEnvironment({
      DELIVERY_BACKOFF_BASE_MS: '200',
      DELIVERY_MAX_ATTEMPTS: '4',
      SMTP_URL: catcher.url,
      LOGIN_ATTEMPTS_PER_MINUTE: String(ATTEMPTS_PER_MINUTE),
      PUBLIC_URL: 'https://kdmp.example.id/',
    });
    stack = await startServices(environment.env);
    actors = await new WorkflowActors(stack.baseUrl, 100).start();
    admin = actors.adminToken;
  });

  afterAll(async () => {
    await stack?.stopAll();
    await environment?.dispose();
    await catcher?.stop();
  });

  const api = () => request(stack.baseUrl);
  const asAdmin = <T extends request.Test>(test: T) => test.auth(admin, { type: 'bearer' });

  /** The newest mail to an address matching `subject`, once it arrives. */
  function mailTo(address: string, subject: RegExp, after = 0): Promise<CaughtMail> {
    return pollUntil(
      async () => catcher.to(address).filter((mail) => subject.test(mail.subject)).slice(after).at(-1),
      (mail) => mail !== undefined,
      { what: `a mail "${subject.source}" to ${address}` },
    ) as Promise<CaughtMail>;
  }

  /** The token of the link in a mail, as a person clicking it would send it. */
  function tokenIn(mail: CaughtMail, path: string): string {
    const match = new RegExp(`https://kdmp\\.example\\.id${path}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text);
    if (!match) throw new Error(`no ${path} link in:\n${mail.text}`);
    return match[1];
  }

  async function importOne(row: Record<string, unknown>) {
    const response = await asAdmin(api().post('/v1/cooperatives/import')).send([row]).expect(200);
    return response.body.rows[0];
  }

  describe('invitations', () => {
    it('an officer invited in a JSON import sets a password from the emailed link, logs in and takes its cooperative through the pipeline', async () => {
      const email = `invited-${randomUUID()}@example.id`;
      const row = await importOne(registrationFor(villages[nextVillage++], { officer: undefined, officerEmail: email }));
      expect(row).toMatchObject({ status: 'REGISTERED', id: expect.any(String) });

      const mail = await mailTo(email, /Undangan/);
      expect(mail.subject).toBe('Undangan ke sistem Koperasi Desa/Kelurahan Merah Putih');
      expect(mail.text).toContain('Anda diundang sebagai pengurus Koperasi');
      const token = tokenIn(mail, '/accept-invitation');

      // Only the token's hash is kept: neither the link table nor the outbox holds the token.
      const { rows } = await environment.db.query<{ token_hash: string }>(`SELECT token_hash FROM account_tokens WHERE email = $1`, [email]);
      expect(rows).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);
      const { rows: leaks } = await environment.db.query(
        `SELECT 1 FROM account_tokens t WHERE t::text LIKE $1 UNION ALL SELECT 1 FROM outbox_messages o WHERE o::text LIKE $1`,
        [`%${token}%`],
      );
      expect(leaks).toHaveLength(0);

      const accepted = await api().post('/v1/invitations/accept').send({ token, password: PASSWORD }).expect(201);
      expect(accepted.body).toMatchObject({ email, role: 'COOPERATIVE', cooperativeId: row.id, locale: 'id', disabled: false });
      const officer = await login(stack.baseUrl, email, PASSWORD);
      await api().get(`/v1/cooperatives/${row.id}`).auth(officer, { type: 'bearer' }).expect(200);
      await api().post(`/v1/cooperatives/${row.id}/business-plans`).auth(officer, { type: 'bearer' }).send(businessPlanFor()).expect(202);
      await actors.waitForState(row.id, 'IN_REVIEW');

      // The link works once.
      const again = await api().post('/v1/invitations/accept').send({ token, password: PASSWORD }).expect(410);
      expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(again.body).toMatchObject({ status: 410, reason: 'USED', detail: expect.stringContaining('already used') });
    });

    it('a CSV import invites with the officerEmail and officerLocale columns, in English when asked', async () => {
      const email = `csv-invited-${randomUUID()}@example.id`;
      const village = villages[nextVillage++];
      const csv = [
        'name,kind,village,district,regency,province,regionCode,memberCount,sectors,officerEmail,officerLocale',
        `Koperasi Desa Merah Putih ${village.village},${village.kind},${village.village},${village.district},Kabupaten Kutai Kartanegara,Kalimantan Timur,${village.regionCode},25,AGRICULTURE,${email},en`,
      ].join('\n');
      const report = await asAdmin(api().post('/v1/cooperatives/import')).set('content-type', 'text/csv').send(csv).expect(200);
      expect(report.body.rows[0]).toMatchObject({ status: 'REGISTERED' });
      const mail = await mailTo(email, /invitation/);
      expect(mail.text).toContain(`You are invited as an officer of Koperasi Desa Merah Putih ${village.village}`);
      const accepted = await api().post('/v1/invitations/accept').send({ token: tokenIn(mail, '/accept-invitation'), password: PASSWORD }).expect(201);
      expect(accepted.body).toMatchObject({ role: 'COOPERATIVE', cooperativeId: report.body.rows[0].id, locale: 'en' });
    });

    it('an import row inviting an address that has an account is rejected whole: 409, no cooperative', async () => {
      const village = villages[nextVillage++];
      const row = await importOne(registrationFor(village, { officer: undefined, officerEmail: TEST_ADMIN.email.toUpperCase() }));
      expect(row).toMatchObject({ status: 'REJECTED', problem: { status: 409, errors: [{ field: 'officerEmail', message: 'already registered' }] } });
      const { rows } = await environment.db.query(`SELECT 1 FROM cooperatives WHERE region_code = $1`, [village.regionCode]);
      expect(rows).toHaveLength(0);
    });

    it('invites an officer for an existing cooperative, a partner user for a partner, and a reviewer with stages and regions', async () => {
      const imported = await importOne(registrationFor(villages[nextVillage++], { officer: undefined }));
      const partner = await actors.partner({ sectors: ['TOURISM'] });
      const invitations = [
        { email: `officer-${randomUUID()}@example.id`, role: 'COOPERATIVE', cooperativeId: imported.id },
        { email: `partner-${randomUUID()}@example.id`, role: 'PARTNER', partnerId: partner.id, locale: 'en' },
        { email: `reviewer-${randomUUID()}@example.id`, role: 'REVIEWER', stages: ['DESK_REVIEW', 'FIELD_VERIFICATION'], regionCodes: ['64.02'] },
      ];
      for (const invitation of invitations) {
        const created = await asAdmin(api().post('/v1/invitations')).send(invitation).expect(201);
        expect(created.body).toMatchObject({ ...invitation, id: expect.any(String), expiresAt: expect.any(String) });
        expect(Date.parse(created.body.expiresAt) - Date.now()).toBeGreaterThan(6.9 * 24 * 3_600_000); // INVITATION_TTL_HOURS: 168
      }
      const [officer, partnerUser, reviewer] = await Promise.all(
        invitations.map(async (invitation) => {
          const mail = await mailTo(invitation.email, /Undangan|invitation/);
          await api().post('/v1/invitations/accept').send({ token: tokenIn(mail, '/accept-invitation'), password: PASSWORD }).expect(201);
          return { mail, token: await login(stack.baseUrl, invitation.email, PASSWORD) };
        }),
      );
      await api().get(`/v1/cooperatives/${imported.id}`).auth(officer.token, { type: 'bearer' }).expect(200);
      expect(partnerUser.mail.text).toContain('You are invited as a user of the partner PT Mitra ');
      await api().get(`/v1/partners/${partner.id}`).auth(partnerUser.token, { type: 'bearer' }).expect(200);
      expect(reviewer.mail.text).toContain('peninjau pembiayaan (tahap Verifikasi Administrasi dan Verifikasi Lapangan)');
      const me = await api().get('/v1/me').auth(reviewer.token, { type: 'bearer' }).expect(200);
      expect(me.body).toMatchObject({ role: 'REVIEWER', stages: ['DESK_REVIEW', 'FIELD_VERIFICATION'], regionCodes: ['64.02'] });
    });

    it('refuses an address with an account (409), a missing cooperative, and a reviewer without stages', async () => {
      const taken = await asAdmin(api().post('/v1/invitations')).send({ email: TEST_ADMIN.email, role: 'ADMIN' }).expect(409);
      expect(taken.body).toMatchObject({ status: 409, errors: [{ field: 'email', message: 'already registered' }] });
      const missing = await asAdmin(api().post('/v1/invitations'))
        .send({ email: `x-${randomUUID()}@example.id`, role: 'COOPERATIVE', cooperativeId: randomUUID() })
        .expect(400);
      expect(missing.body.errors).toEqual([{ field: 'cooperativeId', message: 'no such cooperative' }]);
      const reviewer = await asAdmin(api().post('/v1/invitations')).send({ email: `x-${randomUUID()}@example.id`, role: 'REVIEWER' }).expect(400);
      expect(reviewer.body.errors).toEqual([{ field: 'stages', message: 'a reviewer needs at least one stage' }]);
    });

    it('an unknown token is 400, an expired invitation 410, and a newer invitation replaces the older', async () => {
      const unknown = await api().post('/v1/invitations/accept').send({ token: 'not-a-token', password: PASSWORD }).expect(400);
      expect(unknown.body).toMatchObject({ errors: [{ field: 'token', message: 'unknown token' }] });

      const email = `twice-${randomUUID()}@example.id`;
      const invitation = { email, role: 'ADMIN' };
      await asAdmin(api().post('/v1/invitations')).send(invitation).expect(201);
      const first = tokenIn(await mailTo(email, /Undangan/), '/accept-invitation');
      await asAdmin(api().post('/v1/invitations')).send(invitation).expect(201);
      const second = tokenIn(await mailTo(email, /Undangan/, 1), '/accept-invitation');
      expect(second).not.toBe(first);
      const replaced = await api().post('/v1/invitations/accept').send({ token: first, password: PASSWORD }).expect(410);
      expect(replaced.body.reason).toBe('USED');

      await environment.db.query(`UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE email = $1 AND used_at IS NULL`, [email]);
      const expired = await api().post('/v1/invitations/accept').send({ token: second, password: PASSWORD }).expect(410);
      expect(expired.body).toMatchObject({ reason: 'EXPIRED', detail: 'This invitation has expired. Ask an admin to invite you again.' });
      const { rows } = await environment.db.query(`SELECT 1 FROM users WHERE email = $1`, [email]);
      expect(rows).toHaveLength(0);
    });

    it('an invitation email is retried after a temporary refusal, and one refused for good is recorded on the link', async () => {
      const greylisted = `greylisted-${randomUUID()}@example.id`;
      const refused = `refused-${randomUUID()}@example.id`;
      await asAdmin(api().post('/v1/invitations')).send({ email: greylisted, role: 'ADMIN' }).expect(201);
      await asAdmin(api().post('/v1/invitations')).send({ email: refused, role: 'ADMIN' }).expect(201);
      await mailTo(greylisted, /Undangan/);
      expect(catcher.recipientAttempts.get(greylisted)).toBe(2);
      const link = (email: string) =>
        environment.db.query<{ email_sent_at: Date | null; email_last_error: string | null }>(
          `SELECT email_sent_at, email_last_error FROM account_tokens WHERE email = $1`,
          [email],
        );
      await pollUntil(() => link(greylisted), (result) => result.rows[0].email_sent_at !== null, { what: 'the greylisted invitation marked sent' });
      const { rows } = await pollUntil(() => link(refused), (result) => result.rows[0].email_last_error !== null, { what: 'the refusal recorded' });
      expect(rows[0]).toMatchObject({ email_sent_at: null, email_last_error: expect.stringContaining('Mailbox unavailable') });
      expect(catcher.recipientAttempts.get(refused)).toBe(1);
    });

    it('two acceptances of one link at the same moment create one account', async () => {
      const email = `race-${randomUUID()}@example.id`;
      await asAdmin(api().post('/v1/invitations')).send({ email, role: 'ADMIN' }).expect(201);
      const token = tokenIn(await mailTo(email, /Undangan/), '/accept-invitation');
      const answers = await Promise.all([1, 2, 3].map(() => api().post('/v1/invitations/accept').send({ token, password: PASSWORD })));
      expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
      expect(answers.every((answer) => [201, 409, 410].includes(answer.status))).toBe(true);
      const { rows } = await environment.db.query(`SELECT 1 FROM users WHERE email = $1`, [email]);
      expect(rows).toHaveLength(1);
    });
  });

  describe('passwords', () => {
    async function account(): Promise<{ email: string; token: string; id: string }> {
      const email = `user-${randomUUID()}@example.id`;
      const created = await asAdmin(api().post('/v1/users')).send({ email, password: PASSWORD, role: 'REVIEWER', stages: ['DESK_REVIEW'] }).expect(201);
      return { email, id: created.body.id, token: await login(stack.baseUrl, email, PASSWORD) };
    }
    const me = (token: string) => api().get('/v1/me').auth(token, { type: 'bearer' });

    it('a user changes its password knowing the old one; every earlier token stops working, the answer is a fresh one', async () => {
      const user = await account();
      const other = await login(stack.baseUrl, user.email, PASSWORD);
      const wrong = await api().post('/v1/me/password').auth(user.token, { type: 'bearer' }).send({ currentPassword: 'not-my-password', newPassword: 'a-new-long-secret' }).expect(400);
      expect(wrong.body.errors).toEqual([{ field: 'currentPassword', message: 'does not match' }]);
      await me(user.token).expect(200);

      const changed = await api().post('/v1/me/password').auth(user.token, { type: 'bearer' }).send({ currentPassword: PASSWORD, newPassword: 'a-new-long-secret' }).expect(200);
      expect(changed.body).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 3600 });
      await me(user.token).expect(401);
      await me(other).expect(401);
      await me(changed.body.accessToken).expect(200);
      await api().post('/v1/auth/login').send({ email: user.email, password: PASSWORD }).expect(401);
      await login(stack.baseUrl, user.email, 'a-new-long-secret');
    });

    it('a reset by email: the same answer for any address, a single-use link, every earlier token refused after it', async () => {
      const user = await account();
      const unknownAddress = `nobody-${randomUUID()}@example.id`;
      const unknown = await api().post('/v1/auth/password-reset').send({ email: unknownAddress }).expect(202);
      const known = await api().post('/v1/auth/password-reset').send({ email: user.email.toUpperCase() }).expect(202);
      expect(known.body).toEqual(unknown.body);
      const { rows: unknownLinks } = await environment.db.query(`SELECT 1 FROM account_tokens WHERE lower(email) = $1`, [unknownAddress]);
      expect(unknownLinks).toHaveLength(0);

      const mail = await mailTo(user.email, /Atur ulang kata sandi/);
      expect(mail.text).toContain('Kami menerima permintaan untuk mengatur ulang kata sandi');
      const token = tokenIn(mail, '/reset-password');
      const { rows } = await environment.db.query<{ expires_at: Date }>(`SELECT expires_at FROM account_tokens WHERE email = $1`, [user.email]);
      expect(rows[0].expires_at.getTime() - Date.now()).toBeLessThanOrEqual(60 * 60_000); // PASSWORD_RESET_TTL_MINUTES: 60

      await api().post('/v1/auth/password-reset/confirm').send({ token, password: 'short' }).expect(400);
      await api().post('/v1/auth/password-reset/confirm').send({ token, password: 'reset-long-secret' }).expect(204);
      await me(user.token).expect(401);
      await api().post('/v1/auth/login').send({ email: user.email, password: PASSWORD }).expect(401);
      await login(stack.baseUrl, user.email, 'reset-long-secret');
      const again = await api().post('/v1/auth/password-reset/confirm').send({ token, password: 'another-long-secret' }).expect(410);
      expect(again.body).toMatchObject({ reason: 'USED' });
    });

    it('an expired reset link is 410 and changes nothing', async () => {
      const user = await account();
      await api().post('/v1/auth/password-reset').send({ email: user.email }).expect(202);
      const token = tokenIn(await mailTo(user.email, /Atur ulang/), '/reset-password');
      await environment.db.query(`UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE email = $1`, [user.email]);
      const expired = await api().post('/v1/auth/password-reset/confirm').send({ token, password: 'reset-long-secret' }).expect(410);
      expect(expired.body).toMatchObject({ reason: 'EXPIRED', detail: 'This password-reset link has expired. Ask for a new one.' });
      await me(user.token).expect(200);
    });
  });

  describe("an admin's users", () => {
    it('lists users by role and part of the email, a page at a time', async () => {
      const tag = randomUUID().slice(0, 8);
      for (const n of [1, 2, 3]) {
        await asAdmin(api().post('/v1/users')).send({ email: `listed-${tag}-${n}@example.id`, password: PASSWORD, role: 'REVIEWER', stages: ['DESK_REVIEW'] }).expect(201);
      }
      const page = await asAdmin(api().get(`/v1/users?role=REVIEWER&q=LISTED-${tag}&limit=2&offset=1`)).expect(200);
      expect(page.body).toMatchObject({ total: 3, limit: 2, offset: 1 });
      expect(page.body.items.map((user: { email: string }) => user.email)).toEqual([`listed-${tag}-2@example.id`, `listed-${tag}-3@example.id`]);
      expect(page.body.items[0]).not.toHaveProperty('passwordHash');
      const admins = await asAdmin(api().get(`/v1/users?role=ADMIN&q=${encodeURIComponent(TEST_ADMIN.email)}`)).expect(200);
      expect(admins.body.items).toEqual([expect.objectContaining({ email: TEST_ADMIN.email, role: 'ADMIN', disabled: false })]);
      await asAdmin(api().get('/v1/users?role=KING')).expect(400);
    });

    it('disables a user: its tokens stop working at once and it cannot log in; enabled again, it logs in but old tokens stay refused', async () => {
      const cooperative = await actors.cooperative();
      const me = (token: string) => api().get('/v1/me').auth(token, { type: 'bearer' });
      await me(cooperative.token).expect(200);

      const disabled = await asAdmin(api().post(`/v1/users/${cooperative.officerId}/disable`)).expect(200);
      expect(disabled.body).toMatchObject({ id: cooperative.officerId, disabled: true });
      await me(cooperative.token).expect(401);
      const { rows } = await environment.db.query<{ email: string }>(`SELECT email FROM users WHERE id = $1`, [cooperative.officerId]);
      const refused = await api().post('/v1/auth/login').send({ email: rows[0].email, password: PASSWORD }).expect(403);
      expect(refused.body.detail).toBe('This account is disabled; an admin can enable it again.');
      // A disabled account gets no reset link either (and the answer does not say so).
      await api().post('/v1/auth/password-reset').send({ email: rows[0].email }).expect(202);
      const { rows: links } = await environment.db.query(`SELECT 1 FROM account_tokens WHERE email = $1`, [rows[0].email]);
      expect(links).toHaveLength(0);

      const enabled = await asAdmin(api().post(`/v1/users/${cooperative.officerId}/enable`)).expect(200);
      expect(enabled.body).toMatchObject({ disabled: false });
      await me(cooperative.token).expect(401);
      await me(await login(stack.baseUrl, rows[0].email, PASSWORD)).expect(200);
    });

    it('an admin cannot disable itself, and a missing user is 404', async () => {
      const self = await api().get('/v1/me').auth(admin, { type: 'bearer' }).expect(200);
      const refused = await asAdmin(api().post(`/v1/users/${self.body.id}/disable`)).expect(409);
      expect(refused.body.detail).toBe('An admin cannot disable its own account.');
      await api().get('/v1/me').auth(admin, { type: 'bearer' }).expect(200);
      await asAdmin(api().post(`/v1/users/${randomUUID()}/disable`)).expect(404);
    });
  });

  // Last: it uses up this address's reset requests for the minute.
  it('limits reset requests per address like logins: 429 with Retry-After', async () => {
    const email = `flood-${randomUUID()}@example.id`;
    let status = 202;
    let response: request.Response | undefined;
    for (let attempt = 0; attempt <= ATTEMPTS_PER_MINUTE && status === 202; attempt++) {
      response = await api().post('/v1/auth/password-reset').send({ email });
      status = response.status;
    }
    expect(status).toBe(429);
    expect(response!.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(Number(response!.headers['retry-after'])).toBeGreaterThan(0);
  });
});
