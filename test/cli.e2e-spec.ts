import { spawn } from 'node:child_process';
import path from 'node:path';
import { createTestEnvironment, login, startServices, TestEnvironment } from '@kdmp/testing';

const CLI = path.resolve(__dirname, '../dist/apps/api/src/cli.js');

/** Runs the built CLI as `npm run cli -- …` does, with only the environment given. */
function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `npm run cli -- create-admin`, both ways the README shows it, as a process against a real database. */
describe('the create-admin CLI', () => {
  let environment: TestEnvironment;
  /** The services' environment less the start-up admin, which the CLI replaces here. */
  let env: Record<string, string>;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    const { ADMIN_EMAIL: _email, ADMIN_PASSWORD: _password, ...rest } = environment.env;
    env = rest;
  });

  afterAll(async () => {
    await environment?.dispose();
  });

  async function adminRows(email: string) {
    const { rows } = await environment.db.query<{ role: string }>(`SELECT role FROM users WHERE lower(email) = lower($1)`, [email]);
    return rows;
  }

  it('creates an admin with the password from ADMIN_PASSWORD, who can then log in through the API', async () => {
    const result = await runCli(['create-admin', '--email', 'cli-admin@example.id'], { ...env, ADMIN_PASSWORD: 'a-long-secret-cli' });
    expect(result).toMatchObject({ code: 0, stdout: 'Created admin cli-admin@example.id\n' });
    expect(await adminRows('cli-admin@example.id')).toEqual([{ role: 'ADMIN' }]);

    const stack = await startServices(env, ['api']);
    try {
      await expect(login(stack.baseUrl, 'cli-admin@example.id', 'a-long-secret-cli')).resolves.toEqual(expect.any(String));
      // Without METRICS_TOKEN the API serves no metrics at all.
      const metrics = await fetch(`${stack.baseUrl}/metrics`);
      expect(metrics.status).toBe(404);
    } finally {
      await stack.stopAll();
    }
  });

  it('creates an admin with --password, and leaves an existing account as it is', async () => {
    const first = await runCli(['create-admin', '--email', 'cli-second@example.id', '--password', 'another-long-secret'], env);
    expect(first).toMatchObject({ code: 0, stdout: 'Created admin cli-second@example.id\n' });
    const again = await runCli(['create-admin', '--email', 'cli-second@example.id', '--password', 'a-different-secret'], env);
    expect(again).toMatchObject({ code: 0, stdout: 'An account cli-second@example.id exists already; nothing changed\n' });
    expect(await adminRows('cli-second@example.id')).toHaveLength(1);
  });

  it('takes the email from ADMIN_EMAIL too', async () => {
    const result = await runCli(['create-admin'], { ...env, ADMIN_EMAIL: 'cli-env@example.id', ADMIN_PASSWORD: 'a-long-secret-env' });
    expect(result).toMatchObject({ code: 0, stdout: 'Created admin cli-env@example.id\n' });
  });

  it('refuses a short password with the reason, and shows its usage when arguments are missing', async () => {
    const short = await runCli(['create-admin', '--email', 'cli-short@example.id', '--password', 'short'], env);
    expect(short.code).toBe(1);
    expect(short.stderr).toContain('The user is not valid.');
    expect(await adminRows('cli-short@example.id')).toHaveLength(0);

    const usage = await runCli(['create-admin'], env);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage: npm run cli -- create-admin');
  });
});
