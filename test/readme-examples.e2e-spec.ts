import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTestEnvironment, kukarVillages, REPOSITORY_ROOT, RunningServices, startServices, TestEnvironment } from '@kdmp/testing';
import { ScriptProcess } from './support/script-process';

const README = readFileSync(path.join(REPOSITORY_ROOT, 'README.md'), 'utf8');
/** The README's development admin, which the compose file and the seed also use. */
const README_ADMIN = { email: 'admin@example.id', password: 'a-long-secret' };

/** Every ```sh runnable block of the README, in order. */
function runnableBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```sh runnable\n([\s\S]*?)^```$/gm)].map((match) => match[1]);
}

/**
 * The README's examples, run as a newcomer runs them: every block marked `sh runnable`, in
 * order, as one bash script against the three services started on a database and queue prefix
 * of this test. Only the addresses change (`localhost:3000` becomes this API's port, and psql
 * gets this test's database); `set -euo pipefail` and curl's `--fail-with-body` make any
 * refused request (4xx/5xx) fail the script.
 */
describe('the README examples', () => {
  let environment: TestEnvironment;
  let stack: RunningServices;

  beforeAll(async () => {
    environment = await createTestEnvironment({ ADMIN_EMAIL: README_ADMIN.email, ADMIN_PASSWORD: README_ADMIN.password });
    stack = await startServices(environment.env);
  });

  afterAll(async () => {
    await stack?.stopAll();
    await environment?.dispose();
  });

  it('use region codes of their own: none the seed registers (Kukar), none twice', () => {
    const kukar = new Set(kukarVillages().map((village) => village.regionCode));
    const codes = runnableBlocks(README).flatMap((block) => [...block.matchAll(/\b\d{2}\.\d{2}\.\d{2}\.\d{4}\b/g)].map((match) => match[0]));
    expect(codes.length).toBeGreaterThanOrEqual(3);
    expect(codes.filter((code) => kukar.has(code))).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
    // The compose file creates the same admin the README logs in as.
    const compose = readFileSync(path.join(REPOSITORY_ROOT, 'docker-compose.yml'), 'utf8');
    expect(compose).toContain(`ADMIN_EMAIL:-${README_ADMIN.email}}`);
    expect(compose).toContain(`ADMIN_PASSWORD:-${README_ADMIN.password}}`);
  });

  it('run against a started system, every request answered with success, to an approved plan', async () => {
    const blocks = runnableBlocks(README);
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    const apiAddress = stack.baseUrl.replace(/^http:\/\//, '');
    const script = [
      'set -euo pipefail',
      'curl() { command curl --fail-with-body "$@"; }',
      ...blocks.map((block) =>
        block.replace(/localhost:3000/g, apiAddress).replace(/psql -h 127\.0\.0\.1 -U postgres kdmp/g, `psql '${environment.databaseUrl}'`),
      ),
    ].join('\n');
    expect(script).not.toContain('localhost:3000');

    const result = await new ScriptProcess('bash', ['-s'], {}, { input: script, timeoutMs: 180_000 }).finished;
    if (result.code !== 0) throw new Error(`the README's examples failed (exit ${result.code}):\n${result.output}`);
    expect(result.output).toMatch(/^cooperative [0-9a-f-]{36}$/m);
    expect(result.output).toContain('"role":"ADMIN"');
    expect(result.output).toMatch(/row 1: REGISTERED [0-9a-f-]{36}\nrow 2: REGISTERED [0-9a-f-]{36}/);
    expect(result.output).toContain('PLAN_SUBMITTED');
    expect(result.output).toContain('APPROVED, open stage: null');
    expect(result.output.trim().split('\n').at(-1)).toMatch(/^(FINANCING_APPROVED|MATCHING|AWAITING_PARTNER)$/);
    const { rows } = await environment.db.query<{ state: string }>(`SELECT state FROM cooperatives WHERE region_code = '64.07.05.2011'`);
    expect(['FINANCING_APPROVED', 'MATCHING', 'AWAITING_PARTNER']).toContain(rows[0].state);
  });
});
