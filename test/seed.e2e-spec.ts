import { createTestEnvironment, pollUntil, RunningServices, startServices, TEST_ADMIN, TestEnvironment } from '@kdmp/testing';
import { ScriptProcess } from './support/script-process';

/**
 * `npm run seed` (its built script) against a fresh database with the default settings, the
 * login limit of 10 a minute included: interrupted part-way, run again to the end, then once
 * more, as a newcomer would.
 */
// Three runs of the seed, the later ones waiting out the login limit as a user's would.
jest.setTimeout(600_000);

describe('the Kukar seed', () => {
  let environment: TestEnvironment;
  let stack: RunningServices;
  let seedEnv: Record<string, string>;

  const runs: ScriptProcess[] = [];
  const seed = () => {
    const run = new ScriptProcess(process.execPath, ['dist/tools/seed/seed.js'], seedEnv, { timeoutMs: 400_000 });
    runs.push(run);
    return run;
  };
  const count = async (sql: string) => Number((await environment.db.query<{ n: string }>(sql)).rows[0].n);

  beforeAll(async () => {
    environment = await createTestEnvironment();
    expect(environment.env.LOGIN_ATTEMPTS_PER_MINUTE).toBeUndefined();
    stack = await startServices(environment.env);
    seedEnv = { SEED_API_URL: stack.baseUrl, ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password };
  });

  afterAll(async () => {
    // What each run printed, for a failure's report.
    for (const [index, run] of runs.entries()) process.stderr.write(`--- seed run ${index + 1}:\n${run.output.slice(-3_000)}\n`);
    await Promise.all(runs.map((run) => run.kill()));
    await stack?.stopAll();
    await environment?.dispose();
  });

  it('resumes after being killed part-way and ends with the accounts it created', async () => {
    const interrupted = seed();
    await pollUntil(() => count('SELECT count(*) AS n FROM cooperatives'), (n) => n >= 30, { timeoutMs: 120_000, what: '30 cooperatives' });
    await interrupted.kill();
    expect(await count('SELECT count(*) AS n FROM cooperatives')).toBeLessThan(237);

    const resumed = await seed().finished;
    expect(resumed).toMatchObject({ code: 0 });
    expect(await count('SELECT count(*) AS n FROM cooperatives')).toBe(237);
    expect(await count('SELECT count(*) AS n FROM partners')).toBe(19);
    expect(await count(`SELECT count(*) AS n FROM users WHERE role = 'REVIEWER'`)).toBe(3);
    expect(await count('SELECT count(*) AS n FROM business_plans')).toBe(6);
    // Every plan passed screening and was approved at all three stages by three reviewers.
    expect(await count(`SELECT count(*) AS n FROM reviews WHERE status = 'APPROVED'`)).toBe(6);
    expect(resumed.output).toContain(`admin      ${TEST_ADMIN.email}  password ${TEST_ADMIN.password}`);
    expect(resumed.output).toContain('reviewer   reviewer.desk-review@dinaskoperasi-kukar.example.id');
    expect(resumed.output).toMatch(/partner {4}admin@pt\.pangan\.nusantara\.persero\.example\.co\.id/);
    expect(resumed.output).toContain('officer    pengurus.6402012001@kdmp-kukar.example.id');
    expect(resumed.output).toContain("every password but the admin's is kdmp-kukar-2025!");

    // The printed accounts work.
    const login = await fetch(`${stack.baseUrl}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'pengurus.6402012001@kdmp-kukar.example.id', password: 'kdmp-kukar-2025!' }),
    });
    expect([200, 429]).toContain(login.status);

    const again = await seed().finished;
    expect(again).toMatchObject({ code: 0 });
    expect(again.output).toContain('Created {"cooperatives":0,"partners":0,"reviewers":0,"plans":0,"decisions":0}');
    expect(await count('SELECT count(*) AS n FROM business_plans')).toBe(6);
  });

  it('says what to do when the admin it is given does not exist', async () => {
    const refused = await new ScriptProcess(process.execPath, ['dist/tools/seed/seed.js'], {
      ...seedEnv,
      ADMIN_EMAIL: 'nobody@example.id',
      ADMIN_PASSWORD: 'not-the-password',
    }).finished;
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('Seed failed: the API refused nobody@example.id');
  });
});
