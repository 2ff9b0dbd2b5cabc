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
    expect(parseEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), SMTP_URL: 'smtp://mail:25' }).JWT_SECRET).toBe('x'.repeat(32));
  });

  it('takes METRICS_TOKEN only long enough to resist guessing', () => {
    expect(parseEnvironment({}).METRICS_TOKEN).toBeUndefined();
    expect(() => parseEnvironment({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(parseEnvironment({ METRICS_TOKEN: 'a-scraper-token-0123' }).METRICS_TOKEN).toBe('a-scraper-token-0123');
  });
});

describe('parseEnvironment: email', () => {
  it('writes mail to a folder in development and tests when SMTP_URL is unset', () => {
    expect(parseEnvironment({})).toMatchObject({ MAIL_OUTBOX_DIR: './tmp/mail' });
    expect(parseEnvironment({}).SMTP_URL).toBeUndefined();
    expect(parseEnvironment({ NODE_ENV: 'test', MAIL_OUTBOX_DIR: '/tmp/x' })).toMatchObject({ MAIL_OUTBOX_DIR: '/tmp/x' });
  });

  it('requires SMTP_URL in production', () => {
    expect(() => parseEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) })).toThrow(/SMTP_URL: is required when NODE_ENV is production/);
  });

  it('takes only smtp:// and smtps:// URLs', () => {
    expect(() => parseEnvironment({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
    expect(parseEnvironment({ SMTP_URL: 'smtps://mail:465' }).SMTP_URL).toBe('smtps://mail:465');
  });

  it('takes the first admin as a pair', () => {
    expect(() => parseEnvironment({ ADMIN_EMAIL: 'admin@example.id' })).toThrow(/ADMIN_PASSWORD/);
  });
});
