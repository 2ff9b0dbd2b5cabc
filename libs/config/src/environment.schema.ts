import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const positiveInt = z.coerce.number().int().positive();

/**
 * Every setting the services read, with the defaults that run against local services.
 * Parsed once at start-up: a wrong or missing value stops the process naming the variable.
 */
export const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .default('postgres://postgres@127.0.0.1:5432/kdmp'),
    DATABASE_POOL_SIZE: positiveInt.default(10),
    /** Kept below the job lock duration so a stuck statement fails before BullMQ re-runs the job. */
    DATABASE_STATEMENT_TIMEOUT_MS: positiveInt.default(15_000),
    MIGRATIONS_RUN: booleanFlag.default(true),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// URL')
      .default('redis://127.0.0.1:6379'),
    QUEUE_PREFIX: z.string().min(1).default('{kdmp}'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    WORKER_CONCURRENCY: positiveInt.default(16),
    /**
     * Email and webhook deliveries in parallel per notifier: fewer than the other queues, so
     * slow sends do not crowd the in-app fan-out off the same event loop.
     */
    DELIVERY_CONCURRENCY: positiveInt.default(4),
    JOB_LOCK_DURATION_MS: positiveInt.default(30_000),
    /** How often each process sweeps the outbox for rows nobody published. */
    OUTBOX_SWEEP_INTERVAL_MS: positiveInt.default(250),
    /** A row unsent for this long was left behind by a process that died after commit. */
    OUTBOX_UNSENT_AFTER_MS: positiveInt.default(1_000),
    /** A published row still unconsumed after this long is published again (Redis lost it). */
    OUTBOX_REPUBLISH_AFTER_MS: positiveInt.default(60_000),
    OUTBOX_BATCH_SIZE: positiveInt.default(500),
    /** How often the reconciler looks for work that Redis lost. */
    RECONCILE_INTERVAL_MS: positiveInt.default(5_000),
    /** Processed-message records older than this are pruned; a duplicate later than that is not expected. */
    INBOX_RETENTION_HOURS: positiveInt.default(24 * 7),
    SHUTDOWN_TIMEOUT_MS: positiveInt.default(20_000),
    /** Signs access tokens; required outside development and tests. */
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    JWT_TTL_SECONDS: positiveInt.default(3_600),
    /** The first admin, created at start-up when absent (never overwritten). */
    ADMIN_EMAIL: z.string().email('must be an email address').optional(),
    ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
    /** The review stages, in order (comma-separated); the last one's approval sets the amount. */
    REVIEW_STAGES: z
      .string()
      .default('DESK_REVIEW,FIELD_VERIFICATION,CREDIT_COMMITTEE')
      .transform((value) => value.split(',').map((stage) => stage.trim()).filter(Boolean))
      .refine((stages) => stages.length > 0 && new Set(stages).size === stages.length && stages.every((stage) => /^[A-Z][A-Z_]*$/.test(stage)), {
        message: 'must be distinct UPPER_SNAKE_CASE stage names, comma-separated',
      }),
    /** Review stage deadlines: working days (docs/domain.md), or an exact duration when set (tests). */
    REVIEW_DEADLINE_WORKING_DAYS: positiveInt.default(5),
    REVIEW_DEADLINE_MS: positiveInt.optional(),
    /** How long before a stage's deadline its reviewers are reminded. */
    REVIEW_REMINDER_LEAD_MS: positiveInt.default(24 * 60 * 60 * 1000),
    /** A cooperative left this long in a state a worker should move is put back on the queue. */
    STUCK_AFTER_MS: positiveInt.default(5 * 60 * 1000),
    /** How long a partner has to answer a proposal (docs/domain.md: 14 days). */
    MATCH_EXPIRY_MS: positiveInt.default(14 * 24 * 60 * 60 * 1000),
    /** Proposals kept per partner role sought. */
    MATCHES_PER_ROLE: positiveInt.default(3),
    /**
     * Outgoing email. Unset in development and tests, every message is written to
     * MAIL_OUTBOX_DIR instead (no mail server needed); production requires it.
     */
    SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
    /** Where messages go, one `.eml` file each, when SMTP_URL is unset (development, tests). */
    MAIL_OUTBOX_DIR: z.string().min(1).default('./tmp/mail'),
    MAIL_FROM: z.string().min(3).default('KDMP Merah Putih <no-reply@kdmp.example.id>'),
    /** Webhooks to loopback, link-local or private addresses are refused unless this is set. */
    WEBHOOK_ALLOW_PRIVATE_ADDRESSES: booleanFlag.default(false),
    WEBHOOK_TIMEOUT_MS: positiveInt.default(10_000),
    /** Delivery retries: exponential from this base, with jitter; 15 attempts from 5 s span about a day. */
    DELIVERY_BACKOFF_BASE_MS: positiveInt.default(5_000),
    DELIVERY_MAX_ATTEMPTS: positiveInt.default(15),
    /** Where people reach the system: the links in invitation and password-reset emails start with it. */
    PUBLIC_URL: z
      .string()
      .regex(/^https?:\/\/[^/]+(\/.*)?$/, 'must be an http:// or https:// URL')
      .transform((url) => url.replace(/\/+$/, ''))
      .default('http://localhost:3000'),
    /** How long an invitation link works. */
    INVITATION_TTL_HOURS: positiveInt.default(7 * 24),
    /** How long a password-reset link works. */
    PASSWORD_RESET_TTL_MINUTES: positiveInt.default(60),
    /** The bearer token a Prometheus scraper sends for `/metrics`; unset, `/metrics` is not served. */
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    /** Login attempts allowed per minute, per client address and per account. */
    LOGIN_ATTEMPTS_PER_MINUTE: positiveInt.default(10),
  })
  .refine((env) => env.JWT_SECRET !== undefined || env.NODE_ENV !== 'production', {
    path: ['JWT_SECRET'],
    message: 'is required when NODE_ENV is production',
  })
  .refine((env) => env.SMTP_URL !== undefined || env.NODE_ENV !== 'production', {
    path: ['SMTP_URL'],
    message: 'is required when NODE_ENV is production (without it, email is only written to MAIL_OUTBOX_DIR)',
  })
  .refine((env) => (env.ADMIN_EMAIL === undefined) === (env.ADMIN_PASSWORD === undefined), {
    path: ['ADMIN_PASSWORD'],
    message: 'ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither',
  })
  .refine((env) => env.DATABASE_STATEMENT_TIMEOUT_MS < env.JOB_LOCK_DURATION_MS, {
    path: ['DATABASE_STATEMENT_TIMEOUT_MS'],
    message: 'must be below JOB_LOCK_DURATION_MS, so a slow statement fails before its job is taken as stalled',
  });

export type Environment = z.infer<typeof environmentSchema>;

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/** Parses the environment, naming every variable that is wrong. */
export function parseEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = environmentSchema.safeParse(present);
  if (!result.success) {
    throw new ConfigurationError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
    );
  }
  return result.data;
}
