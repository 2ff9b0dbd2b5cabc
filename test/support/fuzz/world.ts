import { request as httpRequest } from 'node:http';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createTestEnvironment, pollUntil, startServices, TestEnvironment } from '@kdmp/testing';
import { WorkflowActors } from '../workflow-actors';
import type { Caller, FuzzRequest } from './cases';
import type { FuzzResponse } from './checks';

type Role = Exclude<Caller, 'ANONYMOUS'>;
const ROLES: Role[] = ['ADMIN', 'REVIEWER', 'COOPERATIVE', 'PARTNER'];

/**
 * A running system with a real account for every role and a real row behind every kind of id
 * in a path, for the fuzz suite to aim at. Built with all three services (a review needs
 * screening, a match needs matching); then the workflow and the notifier are stopped, so
 * nothing changes the database between a request and the snapshot after it but the request.
 */
export class FuzzWorld {
  environment!: TestEnvironment;
  stack!: Awaited<ReturnType<typeof startServices>>;
  readonly tokens = {} as Record<Role, string>;
  /** Ids of rows, by the collection segment that precedes `{id}` in a path. */
  private readonly ids: Record<string, string | ((caller: Caller) => string | undefined)> = {};
  private readonly warned = new Set<string>();
  private snapshotQuery = '';

  async start(): Promise<this> {
    this.environment = await createTestEnvironment({ LOGIN_ATTEMPTS_PER_MINUTE: '1000000', WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true' });
    this.stack = await startServices(this.environment.env);
    const actors = await new WorkflowActors(this.stack.baseUrl, 100).start();
    this.tokens.ADMIN = actors.adminToken;
    this.tokens.REVIEWER = (await actors.reviewer(['DESK_REVIEW'], ['64.02'])).token;
    const cooperative = await actors.cooperativeInReview();
    this.tokens.COOPERATIVE = cooperative.token;
    const partner = await actors.partner({ sectors: ['AGRICULTURE'], regionCodes: ['NATIONAL'], capacity: 100, webhookUrl: 'http://127.0.0.1:9/fuzz' });
    this.tokens.PARTNER = partner.token;
    const matched = await actors.approvedCooperative();
    await actors.waitForState(matched.id, 'MATCHING');
    const [match] = await actors.matchesOf(partner, '?status=PROPOSED');
    const notifications = {} as Record<Role, string>;
    const users = {} as Record<Role, string>;
    for (const role of ROLES) {
      const me = await request(this.stack.baseUrl).get('/v1/me').auth(this.tokens[role], { type: 'bearer' }).expect(200);
      users[role] = me.body.id;
      const { rows } = await pollUntil(
        () => this.environment.db.query<{ id: string }>(`SELECT id FROM notifications WHERE recipient_id = $1 AND channel = 'IN_APP' LIMIT 1`, [me.body.id]),
        (result) => result.rows.length === 1,
        { what: `a notification for the ${role}` },
      );
      notifications[role] = rows[0].id;
    }
    const { rows: dead } = await this.environment.db.query<{ id: string }>(
      `INSERT INTO notifications (id, event_id, event_type, recipient_type, recipient_id, channel, template, locale, title, body, status, correlation_id, address)
       SELECT gen_random_uuid(), n.event_id, n.event_type, n.recipient_type, gen_random_uuid(), 'EMAIL', n.template, n.locale, n.title, n.body, 'DEAD', n.correlation_id, 'nobody@example.id'
         FROM notifications n WHERE n.id = $1 RETURNING id`,
      [notifications.ADMIN],
    );
    Object.assign(this.ids, {
      cooperatives: (caller: Caller) => (caller === 'REVIEWER' || caller === 'COOPERATIVE' ? cooperative.id : matched.id),
      reviews: cooperative.reviewId,
      partners: partner.id,
      matches: match?.id,
      notifications: (caller: Caller) => notifications[caller === 'ANONYMOUS' ? 'ADMIN' : caller],
      deliveries: dead[0]?.id,
      users: (caller: Caller) => users[caller === 'ANONYMOUS' ? 'ADMIN' : caller],
    });
    // Nothing but the requests may change the database from here on.
    await this.stack.services.workflow.stop();
    await this.stack.services.notifier.stop();
    this.snapshotQuery = await this.buildSnapshotQuery();
    return this;
  }

  async stop(): Promise<void> {
    await this.stack?.stopAll();
    await this.environment?.dispose();
  }

  /**
   * The id a path's `{param}` gets: the row of the collection named just before it
   * (`/v1/partners/{id}` → the partner), for the caller where that matters. A collection this
   * world has no row for gets a random UUID (its routes then answer 404), said once.
   */
  idFor(path: string, parameter: string, caller: Caller): string {
    const segments = path.split('/');
    const collection = segments[segments.indexOf(`{${parameter}}`) - 1] ?? '';
    const known = this.ids[collection];
    const id = typeof known === 'function' ? known(caller) : known;
    if (id) return id;
    if (!this.warned.has(collection)) {
      this.warned.add(collection);
      process.stdout.write(`fuzz: no row known for "${collection}/{${parameter}}" (${path}): a random UUID stands in\n`);
    }
    return randomUUID();
  }

  async send(fuzzRequest: FuzzRequest, caller: Caller): Promise<FuzzResponse> {
    const path = fuzzRequest.pathOverride ?? fuzzRequest.pathTemplate.replace(/\{(\w+)\}/g, (_all, name: string) => this.idFor(fuzzRequest.pathTemplate, name, caller));
    const url = new URL(this.stack.baseUrl);
    const headers: Record<string, string> = {};
    // HTTP headers are bytes: a value outside Latin-1 goes as its UTF-8 bytes, as a browser would.
    for (const [name, value] of Object.entries(fuzzRequest.headers)) headers[name] = Buffer.from(value, 'utf8').toString('latin1');
    if (caller !== 'ANONYMOUS') headers.Authorization = `Bearer ${this.tokens[caller]}`;
    const body = fuzzRequest.body === undefined ? undefined : Buffer.from(fuzzRequest.body, 'utf8');
    if (body) headers['Content-Length'] = String(body.length);
    return new Promise((resolve, reject) => {
      const outgoing = httpRequest(
        { host: url.hostname, port: url.port, method: fuzzRequest.method, path: `${path}${fuzzRequest.query}`, headers, timeout: 30_000 },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('end', () =>
            resolve({ status: incoming.statusCode ?? 0, contentType: String(incoming.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8') }),
          );
          incoming.on('error', reject);
        },
      );
      outgoing.on('timeout', () => outgoing.destroy(new Error('no answer within 30 s')));
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  /**
   * A fingerprint of every table: its row count and a hash of its rows. The outbox by its ids
   * only: the relay marks rows published after a commit, on its own time.
   */
  async snapshot(): Promise<Record<string, string>> {
    const { rows } = await this.environment.db.query<{ snapshot: Record<string, string> }>(this.snapshotQuery);
    return rows[0].snapshot;
  }

  private async buildSnapshotQuery(): Promise<string> {
    const { rows } = await this.environment.db.query<{ table_name: string; has_id: boolean; has_published: boolean }>(
      `SELECT table_name,
              bool_or(column_name = 'id') AS has_id,
              bool_or(column_name = 'published_at') AS has_published
         FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> 'schema_migrations'
        GROUP BY table_name ORDER BY table_name`,
    );
    const parts = rows.map(({ table_name: table, has_id: hasId, has_published: hasPublished }) => {
      const rowText = hasPublished && hasId ? 't.id::text' : 't::text';
      return `'${table}', (SELECT count(*) || ':' || md5(coalesce(string_agg(${rowText}, '|' ORDER BY ${rowText}), '')) FROM "${table}" t)`;
    });
    return `SELECT json_build_object(${parts.join(', ')}) AS snapshot`;
  }

  /** For a failure's report: the api's last warnings and errors (its access lines left out). */
  apiLog(lines = 5): string {
    return this.stack.services.api.lines.filter((line) => !line.includes('"level":30')).slice(-lines).join('\n');
  }
}
