/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { businessPlanFor, createTestEnvironment, kukarVillages, login, registrationFor, startServices, TestEnvironment } from '@kdmp/testing';
import { Actor, DESKTOP, launchBrowser, PHONE } from './support/browser';
import { PASSWORD, WorkflowActors } from './support/workflow-actors';

/**
 * `npm run screenshots`: the console's main pages in Bahasa Indonesia and English, on a phone
 * and a desktop, written to apps/console/screenshots/ for the README. Not part of `npm test`
 * (jest.screenshots.config.js runs it); it still fails when a page does not show what it should.
 */
const OUT = path.resolve(__dirname, '../apps/console/screenshots');

describe('console screenshots', () => {
  let environment: TestEnvironment;
  let stack: Awaited<ReturnType<typeof startServices>>;
  let actors: WorkflowActors;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    environment = await createTestEnvironment({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    stack = await startServices(environment.env);
    actors = await new WorkflowActors(stack.baseUrl, 60).start();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stopAll();
    await environment?.dispose();
  });

  it('writes the main pages in both languages on a phone and a desktop', async () => {
    const officerEmail = `officer-${randomUUID()}@example.id`;
    const { body: cooperative } = await actors
      .api()
      .post('/v1/cooperatives')
      .send(registrationFor(kukarVillages()[5], { officer: { email: officerEmail, password: PASSWORD } }))
      .expect(201);
    const officerToken = await login(stack.baseUrl, officerEmail, PASSWORD);
    await actors.api().post(`/v1/cooperatives/${cooperative.id}/business-plans`).auth(officerToken, { type: 'bearer' }).send(businessPlanFor()).expect(202);
    await actors.waitForState(cooperative.id, 'IN_REVIEW');
    const reviewId = await actors.openReviewId(cooperative.id);
    const reviewerEmail = `reviewer-${randomUUID()}@example.id`;
    await actors
      .api()
      .post('/v1/users')
      .auth(actors.adminToken, { type: 'bearer' })
      .send({ email: reviewerEmail, password: PASSWORD, role: 'REVIEWER', stages: ['DESK_REVIEW'], regionCodes: ['64.02'] })
      .expect(201);
    const reviewerToken = await login(stack.baseUrl, reviewerEmail, PASSWORD);

    for (const locale of ['id', 'en'] as const) {
      // Signing in adopts the user's saved language.
      for (const token of [officerToken, reviewerToken]) {
        await actors.api().patch('/v1/me/preferences').auth(token, { type: 'bearer' }).send({ locale }).expect(204);
      }
      for (const [device, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
        const shot = async (actor: Actor, name: string) =>
          actor.page.screenshot({ path: path.join(OUT, `${name}-${locale}-${device}.png`), fullPage: device === 'desktop' });
        const officer = await Actor.open(browser, `officer-${locale}-${device}`, stack.baseUrl, viewport);
        await officer.step('officer pages', async (page) => {
          await page.goto('/');
          if (locale === 'en') await page.getByRole('button', { name: 'English' }).click();
          await page.getByLabel('Email').waitFor();
          await shot(officer, 'sign-in');
          await page.getByLabel('Email').fill(officerEmail);
          await page.getByLabel(locale === 'id' ? 'Kata sandi' : 'Password').fill(PASSWORD);
          await page.getByRole('button', { name: locale === 'id' ? 'Masuk' : 'Sign in', exact: true }).click();
          await page.getByRole('heading', { name: locale === 'id' ? 'Beranda koperasi' : 'Cooperative home' }).waitFor();
          await page.locator('.journey').waitFor();
          await shot(officer, 'officer-home');
          await page.goto('/officer/plan');
          await page.locator('table.schedule').waitFor();
          await shot(officer, 'officer-plan');
          await page.goto('/officer/timeline');
          await page.locator('ol.timeline').waitFor();
          await shot(officer, 'officer-timeline');
        });
        await officer.close();
        const reviewer = await Actor.open(browser, `reviewer-${locale}-${device}`, stack.baseUrl, viewport);
        await reviewer.step('reviewer pages', async (page) => {
          await page.goto('/');
          await page.getByLabel('Email').fill(reviewerEmail);
          await page.getByLabel('Kata sandi').fill(PASSWORD);
          await page.getByRole('button', { name: 'Masuk', exact: true }).click();
          await page.locator('table.queue').waitFor();
          await shot(reviewer, 'reviewer-queue');
          await page.goto(`/reviews/${reviewId}`);
          await page.locator('table.schedule').waitFor();
          await shot(reviewer, 'reviewer-case');
        });
        await reviewer.close();
        expect([...officer.errors, ...reviewer.errors]).toEqual([]);
      }
    }
  });
});
