/// <reference lib="dom" />
// page.evaluate() callbacks run in the browser and use its globals.
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Browser, Page } from 'playwright-core';
import { policyInForce, repaymentSchedule } from '@kdmp/domain';
import { formatRupiah } from '@kdmp/i18n';
import { createTestEnvironment, kukarVillages, login, pollUntil, registrationFor, startServices, TestEnvironment } from '@kdmp/testing';
import { Actor, DESKTOP, launchBrowser, PHONE } from './support/browser';
import { PASSWORD, WorkflowActors } from './support/workflow-actors';

/**
 * The web console as its people use it, in Debian's Chromium: an officer on a phone, three
 * reviewers at desks, each in their own browser context, clicking by roles and labels. Every
 * page is checked with axe-core and no page may log an unexpected console error.
 */
// A browser story on a shared 2-core machine: steps wait on what the page shows, so give them time.
jest.setTimeout(300_000);

describe('the web console', () => {
  let environment: TestEnvironment;
  let stack: Awaited<ReturnType<typeof startServices>>;
  let actors: WorkflowActors;
  let browser: Browser;
  const opened: Actor[] = [];

  beforeAll(async () => {
    environment = await createTestEnvironment({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    stack = await startServices(environment.env);
    actors = await new WorkflowActors(stack.baseUrl, 41).start();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stopAll();
    await environment?.dispose();
  });

  afterEach(async () => {
    // No page may have logged an error the test did not provoke on purpose.
    const errors = opened.flatMap((actor) => actor.errors.map((error) => `${actor.name}: ${error}`));
    await Promise.all(opened.splice(0).map((actor) => actor.close()));
    expect(errors).toEqual([]);
  });

  async function open(name: string, viewport = DESKTOP): Promise<Actor> {
    const actor = await Actor.open(browser, name, stack.baseUrl, viewport);
    opened.push(actor);
    return actor;
  }

  async function reviewerAccount(stages: string[]): Promise<{ id: string; email: string }> {
    const email = `reviewer-${randomUUID()}@example.id`;
    const created = await actors
      .api()
      .post('/v1/users')
      .auth(actors.adminToken, { type: 'bearer' })
      .send({ email, password: PASSWORD, role: 'REVIEWER', stages, regionCodes: ['64.02'] })
      .expect(201);
    return { id: created.body.id, email };
  }

  async function signIn(actor: Actor, email: string, submitLabel = 'Masuk'): Promise<void> {
    await actor.step('sign in', async (page) => {
      await page.goto('/');
      await page.getByRole('heading', { name: submitLabel }).waitFor();
      await actor.expectAccessible('sign-in page');
      await page.getByLabel('Email').fill(email);
      await page.getByLabel(submitLabel === 'Masuk' ? 'Kata sandi' : 'Password').fill(PASSWORD);
      await page.getByRole('button', { name: submitLabel, exact: true }).click();
    });
  }

  async function plansOf(cooperativeId: string): Promise<number> {
    const { rows } = await environment.db.query('SELECT count(*)::int AS n FROM business_plans WHERE cooperative_id = $1', [cooperativeId]);
    return rows[0].n;
  }

  async function fillPlan(page: Page, sector: string): Promise<void> {
    await page.getByLabel('Judul rencana').fill('Penggilingan padi dan gudang gabah');
    await page.getByLabel('Ringkasan usaha').fill('Membangun penggilingan padi 2 ton per jam untuk petani desa.');
    await page.getByLabel('Sektor').selectOption({ label: sector });
    await page.getByLabel('Komoditas (pisahkan dengan koma)').fill('padi, beras');
    await page.getByLabel('Biaya investasi (Rp)').fill('1.500.000.000');
    await page.getByLabel('Biaya operasional (Rp)').fill('300.000.000');
    await page.getByLabel('Jangka waktu pinjaman (bulan)').fill('60');
    await page.getByLabel('Masa tenggang (bulan)').fill('6');
    await page.getByLabel('Perkiraan pendapatan per tahun (Rp)').fill('2.400.000.000');
    await page.getByLabel('Kapasitas per bulan').fill('120');
  }

  it('serves the console at / beside the API: cached assets, uncached HTML with a CSP, deep links, the API untouched', async () => {
    const api = request(stack.baseUrl);
    const root = await api.get('/').expect(200);
    expect(root.headers['content-type']).toMatch(/text\/html/);
    expect(root.headers['cache-control']).toBe('no-cache');
    const csp = root.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(root.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script in the page
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(root.text)![1];
    const script = await api.get(asset).set('Accept-Encoding', 'br').expect(200);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.headers['content-encoding']).toBe('br');

    const deep = await api.get('/officer/plan').set('Accept', 'text/html').expect(200);
    expect(deep.text).toBe(root.text);
    await api.get('/assets/missing-0000.js').expect(404);
    const unknownApi = await api.get('/v1/no-such-thing').expect(404);
    expect(unknownApi.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(unknownApi.headers['content-encoding']).toBeUndefined();
    await api.get('/v1/me').expect(401);
    await api.get('/health/live').expect((response) => expect([200, 404]).toContain(response.status));
    const docs = await api.get('/docs').redirects(1).expect(200);
    expect(docs.headers['content-security-policy']).toBeUndefined();
  });

  const story = {
    cooperative: null as null | { id: string; officerEmail: string; name: string },
    desk: null as null | { id: string; email: string },
  };

  it('an officer on a phone submits a plan screening refuses, reads why beside the field, fixes it and resubmits once despite a double click and a dropped connection', async () => {
    const officerEmail = `officer-${randomUUID()}@example.id`;
    const { body: registered } = await actors
      .api()
      .post('/v1/cooperatives')
      .send(registrationFor(kukarVillages()[40], { officer: { email: officerEmail, password: PASSWORD } }))
      .expect(201);
    story.cooperative = { id: registered.id, officerEmail, name: registered.name };
    const officer = await open('officer', PHONE);
    await signIn(officer, officerEmail);

    await officer.step('home shows the journey and the next thing to do', async (page) => {
      await page.getByRole('heading', { name: 'Beranda koperasi' }).waitFor();
      await page.getByText('Isi dan kirim rencana bisnis koperasi.').waitFor();
      await page.getByRole('list').filter({ hasText: 'Pemeriksaan otomatis' }).waitFor();
      await officer.expectAccessible('officer home');
      expect(await officer.scrollsSideways()).toBe(false);
    });

    await officer.step('the plan form shows the policy and the schedule live', async (page) => {
      await page.getByRole('link', { name: 'Buka rencana bisnis' }).click();
      await page.getByRole('heading', { name: 'Rencana bisnis', exact: true }).waitFor();
      await page.getByText('Pinjaman paling banyak Rp 3.000.000.000').waitFor();
      await fillPlan(page, 'Perkebunan');
      const policy = policyInForce(new Date());
      const schedule = repaymentSchedule({ principal: 1_800_000_000, tenorMonths: 60, gracePeriodMonths: 6, annualInterestRate: policy.annualInterestRate });
      await page.getByText(`Angsuran per bulan setelah masa tenggang: ${formatRupiah(schedule.monthlyInstalment)}`).waitFor();
      await page.getByText('Jumlah yang diminta: Rp 1.800.000.000').waitFor();
      // The same screening rule the workflow runs, beside the field it concerns, before sending.
      await page.locator('#field-sector-errors').getByText('perkebunan').waitFor();
      await officer.expectAccessible('plan form with a warning');
      expect(await officer.scrollsSideways()).toBe(false);
    });

    await officer.step('a double-clicked submit sends one plan', async (page) => {
      await page.getByRole('button', { name: 'Kirim rencana bisnis' }).dblclick();
      await page.getByText('Pemeriksaan otomatis menemukan masalah.', { exact: false }).waitFor({ timeout: 30_000 });
      expect(await plansOf(registered.id)).toBe(1);
    });

    await officer.step('screening refused it: the reason is beside the sector field', async (page) => {
      await page.locator('#field-sector-errors').getByText('perkebunan').waitFor();
      await expectState(registered.id, 'REVISION_REQUESTED');
      await officer.expectAccessible('plan form after screening failed');
    });

    await officer.step('fixed and resubmitted through a dropped connection: one new plan', async (page) => {
      await page.getByLabel('Sektor').selectOption({ label: 'Pertanian' });
      await page.getByText('Rencana ini memenuhi aturan pemeriksaan.').waitFor();
      // The first attempt reaches the server, but its answer is lost on the way back.
      let dropped = false;
      await page.route('**/v1/cooperatives/*/business-plans', async (route) => {
        if (route.request().method() === 'POST' && !dropped) {
          dropped = true;
          await route.fetch();
          await route.abort('connectionreset');
        } else {
          await route.continue();
        }
      });
      officer.allowConsoleError(/ERR_CONNECTION_RESET|Failed to load resource/);
      await page.getByRole('button', { name: 'Kirim ulang rencana bisnis' }).click();
      await page.getByText('Tekan tombol lagi untuk mencoba', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Kirim ulang rencana bisnis' }).click();
      await page.getByText(/Rencana terakhir: revisi 2/).waitFor({ timeout: 30_000 });
      expect(await plansOf(registered.id)).toBe(2);
      await actors.waitForState(registered.id, 'IN_REVIEW');
    });
  });

  async function expectState(id: string, state: string) {
    await actors.waitForState(id, state);
  }

  it('three reviewers decide their stages from their queues; one who tries a second stage is told why not', async () => {
    const { cooperative } = story;
    expect(cooperative).not.toBeNull();
    const desk = await reviewerAccount(['DESK_REVIEW', 'FIELD_VERIFICATION']);
    const field = await reviewerAccount(['FIELD_VERIFICATION']);
    const committee = await reviewerAccount(['CREDIT_COMMITTEE']);
    story.desk = desk;
    // A partner in Kukar buying farm produce: approval leads to a proposal the officer will see.
    await actors.partner({ roles: ['OFFTAKER'], sectors: ['AGRICULTURE'], regionCodes: ['64.02'] });

    // The desk reviewer works in English.
    const deskActor = await open('desk-reviewer');
    await deskActor.step('switch the sign-in page to English', async (page) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    });
    await deskActor.step('sign in', async (page) => {
      await page.getByLabel('Email').fill(desk.email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      // Signing in adopts the user's saved language (Indonesian): switch and keep it.
      await page.getByRole('heading', { name: 'Antrean tinjauan' }).waitFor();
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'Review queue' }).waitFor();
      await deskActor.expectAccessible('review queue');
    });
    await deskActor.step('open the case from the queue and approve the desk review', async (page) => {
      await page.getByRole('link', { name: `Open the case of ${cooperative!.name}` }).click();
      await page.getByRole('heading', { name: `Case: ${cooperative!.name}` }).waitFor();
      await page.getByRole('heading', { name: 'Decision for stage Desk Review' }).waitFor();
      await deskActor.expectAccessible('case page');
      await page.getByRole('radio', { name: 'Approve' }).check();
      await page.getByLabel('Comment').fill('Dokumen lengkap.');
      await page.getByRole('button', { name: 'Save the decision' }).click();
      await page.getByText('Decision saved.').waitFor();
    });
    await deskActor.step('the same reviewer may not decide the next stage', async (page) => {
      deskActor.allowConsoleError(/status of 403/);
      await page.reload();
      await page.getByRole('heading', { name: 'Decision for stage Field Verification' }).waitFor();
      await page.getByRole('button', { name: 'Save the decision' }).click();
      await page.getByText('You decided another stage of this review. A different reviewer must decide this one.').waitFor();
      await deskActor.expectAccessible('case page with the four-eyes message');
    });

    for (const [name, account] of [['field-reviewer', field], ['committee-reviewer', committee]] as const) {
      const reviewer = await open(name);
      await signIn(reviewer, account.email);
      await reviewer.step('decide from the queue', async (page) => {
        await page.getByRole('heading', { name: 'Antrean tinjauan' }).waitFor();
        await page.getByRole('link', { name: `Buka kasus ${cooperative!.name}` }).click();
        await page.getByRole('heading', { name: `Kasus ${cooperative!.name}` }).waitFor();
        await page.getByText(/Setujui oleh/).first().waitFor();
        if (name === 'committee-reviewer') {
          await page.getByLabel('Jumlah yang disetujui (Rp)').fill('1.700.000.000');
        }
        await reviewer.expectAccessible(`${name} case page`);
        await page.getByRole('button', { name: 'Simpan keputusan' }).click();
        await page.getByText('Keputusan tersimpan.').waitFor();
      });
    }
    // With a partner to propose, the cooperative stays MATCHING while the proposal waits for an answer.
    await pollUntil(
      async () => (await environment.db.query('SELECT count(*)::int AS n FROM matches WHERE cooperative_id = $1', [cooperative!.id])).rows[0].n,
      (count: number) => count > 0,
      { timeoutMs: 60_000, what: 'a partner proposal' },
    );
    await actors.waitForState(cooperative!.id, 'MATCHING');
    const { rows } = await environment.db.query('SELECT approved_amount FROM reviews WHERE cooperative_id = $1', [cooperative!.id]);
    expect(Number(rows[0].approved_amount)).toBe(1_700_000_000);
  });

  it('the officer sees the approval, its timeline and notifications, in both languages, and signs out', async () => {
    const { cooperative } = story;
    const officer = await open('officer-after', PHONE);
    await signIn(officer, cooperative!.officerEmail);
    await officer.step('home says financing is approved and partners are being matched', async (page) => {
      await page.getByText('Koperasi sedang dicocokkan dengan mitra.').waitFor();
      expect(await officer.scrollsSideways()).toBe(false);
    });
    await officer.step('the timeline names every step and the reviewer comment', async (page) => {
      await page.getByRole('link', { name: 'Riwayat' }).click();
      await page.getByRole('heading', { name: 'Riwayat koperasi' }).waitFor();
      await page.getByText('Keputusan pembiayaan').first().waitFor();
      await page.getByText('Catatan: Dokumen lengkap.').waitFor();
      await page.getByText('Koperasi terdaftar').waitFor();
      await officer.expectAccessible('timeline');
      expect(await officer.scrollsSideways()).toBe(false);
    });
    await officer.step('the partner proposed, with the reasons it was chosen', async (page) => {
      await page.getByRole('link', { name: 'Mitra' }).click();
      await page.getByRole('heading', { name: 'Mitra koperasi' }).waitFor();
      await page.getByRole('heading', { name: 'Pembeli hasil (offtaker) · Diusulkan' }).waitFor();
      await page.getByText('Alasan mitra ini dipilih:').waitFor();
      await officer.expectAccessible('partners');
      expect(await officer.scrollsSideways()).toBe(false);
    });
    await officer.step('notifications with an unread count that drops when one is read', async (page) => {
      const link = page.getByRole('link', { name: /Pemberitahuan/ });
      const badge = link.locator('.badge');
      await badge.waitFor();
      const before = Number(await badge.textContent());
      expect(before).toBeGreaterThan(0);
      await link.click();
      await page.getByRole('heading', { name: 'Pemberitahuan', level: 1 }).waitFor();
      await officer.expectAccessible('notifications');
      await page.getByRole('button', { name: 'Tandai sudah dibaca' }).first().click();
      await page.waitForFunction(
        (expected) => (document.querySelector('header .badge')?.textContent ?? '0') === String(expected),
        before - 1,
      );
    });
    await officer.step('English on a switch, remembered for the user', async (page) => {
      await page.getByRole('link', { name: 'Beranda' }).click();
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'Cooperative home' }).waitFor();
      await page.getByText('The cooperative is being matched with partners.').waitFor();
      await officer.expectAccessible('home in English');
      await page.reload();
      await page.getByRole('heading', { name: 'Cooperative home' }).waitFor();
      const { body } = await actors.api().get('/v1/me').auth(await login(stack.baseUrl, cooperative!.officerEmail, PASSWORD), { type: 'bearer' });
      expect(body.locale).toBe('en');
    });
    await officer.step('the token lives in sessionStorage only, and signing out forgets it', async (page) => {
      expect(await page.evaluate(() => Object.keys(localStorage).length)).toBe(0);
      expect(await page.evaluate(() => Object.keys(sessionStorage).length)).toBe(1);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByText('You have signed out.').waitFor();
      expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    });
  });

  it('an officer withdraws the cooperative only after confirming', async () => {
    const officerEmail = `officer-${randomUUID()}@example.id`;
    const { body: registered } = await actors
      .api()
      .post('/v1/cooperatives')
      .send(registrationFor(kukarVillages()[42], { officer: { email: officerEmail, password: PASSWORD } }))
      .expect(201);
    const officer = await open('officer-withdraws', PHONE);
    await signIn(officer, officerEmail);
    await officer.step('the first press only asks for confirmation; cancel keeps the cooperative', async (page) => {
      await page.getByRole('button', { name: 'Mundurkan koperasi…' }).click();
      await page.getByText('tidak dapat dibatalkan', { exact: false }).waitFor();
      await officer.expectAccessible('withdrawal confirmation');
      await page.getByRole('button', { name: 'Batal' }).click();
      expect((await actors.cooperativeState(registered.id)).state).toBe('REGISTERED');
    });
    await officer.step('confirmed, the cooperative is withdrawn and the page says so', async (page) => {
      await page.getByRole('button', { name: 'Mundurkan koperasi…' }).click();
      await page.getByLabel('Alasan (tidak wajib)').fill('Pengurus sepakat menunda.');
      await page.getByRole('button', { name: 'Ya, mundurkan koperasi' }).click();
      await page.getByText('Koperasi telah mengundurkan diri dari program.').waitFor();
      expect((await actors.cooperativeState(registered.id)).state).toBe('WITHDRAWN');
      await expect(page.getByRole('button', { name: 'Mundurkan koperasi…' }).count()).resolves.toBe(0);
    });
  });

  it('an expired token sends the user back to sign-in with a message', async () => {
    const officer = await open('officer-expired', PHONE);
    await signIn(officer, story.cooperative!.officerEmail);
    await officer.step('a token the server no longer accepts', async (page) => {
      await page.getByRole('heading', { name: 'Cooperative home' }).waitFor();
      officer.allowConsoleError(/status of 401/);
      // The server stops accepting the token (it expired): its next answer is a 401.
      await page.route('**/v1/cooperatives/**', (route) =>
        route.fulfill({
          status: 401,
          contentType: 'application/problem+json',
          body: JSON.stringify({ type: 'urn:kdmp:problem:unauthenticated', title: 'Unauthenticated', status: 401, detail: 'The token is not valid.' }),
        }),
      );
      await page.getByRole('link', { name: 'Timeline' }).click();
      await page.getByText('Your session has ended. Please sign in again.').waitFor();
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await officer.expectAccessible('sign-in after expiry');
      expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    });
    await officer.step('a token that no longer works after a reload', async (page) => {
      await page.unroute('**/v1/cooperatives/**');
      await page.evaluate(() => sessionStorage.setItem('kdmp.console.token', 'eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl'));
      await page.reload();
      await page.getByText('Sesi Anda telah berakhir. Silakan masuk lagi.').waitFor();
    });
  });
});
