import { ConfigurationError, parseEnvironment } from './environment.schema';

describe('parseEnvironment', () => {
  it('runs locally with no settings at all', () => {
    const env = parseEnvironment({});
    expect(env).toMatchObject({
      PORT: 3000,
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/kdmp',
      REDIS_URL: 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: '{kdmp}',
      MIGRATIONS_RUN: true,
    });
  });

  it('reads and converts values', () => {
    expect(parseEnvironment({ PORT: '8080', MIGRATIONS_RUN: 'false', LOG_LEVEL: 'debug' })).toMatchObject({
      PORT: 8080,
      MIGRATIONS_RUN: false,
      LOG_LEVEL: 'debug',
    });
  });

  it('names every variable that is wrong', () => {
    const attempt = () => parseEnvironment({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(ConfigurationError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigurationError).problems.join('\n');
      expect(problems).toMatch(/^PORT:/m);
      expect(problems).toMatch(/^DATABASE_URL:/m);
      expect(problems).toMatch(/^LOG_LEVEL:/m);
    }
  });

  it('keeps the statement timeout below the job lock', () => {
    expect(() => parseEnvironment({ DATABASE_STATEMENT_TIMEOUT_MS: '40000', JOB_LOCK_DURATION_MS: '30000' })).toThrow(
      /DATABASE_STATEMENT_TIMEOUT_MS/,
    );
  });
});

describe('parseEnvironment: identity settings', () => {
  it('requires JWT_SECRET in production', () => {
    expect(() => parseEnvironment({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: is required/);
    expect(parseEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).JWT_SECRET).toBe('x'.repeat(32));
  });

  it('takes the first admin as a pair', () => {
    expect(() => parseEnvironment({ ADMIN_EMAIL: 'admin@example.id' })).toThrow(/ADMIN_PASSWORD/);
  });
});
