import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface WebhookBody {
  type: string;
  id: string;
  timestamp: string;
  data: Record<string, unknown>;
}

export interface ReceivedWebhook {
  path: string;
  webhookId: string;
  headers: Record<string, string>;
  raw: string;
  body: WebhookBody;
  /** Which request this was for its webhook-id: 1 for the first attempt. */
  attempt: number;
  /** The status the receiver answered with. */
  answered: number;
  /** Whether `new Webhook(secret).verify(raw, headers)` accepted it (null: no secret known yet). */
  verified: boolean | null;
  receivedAt: Date;
}

/** How an endpoint answers a delivery: a status code. */
export type Behaviour = (delivery: { body: WebhookBody; attempt: number; webhookId: string }) => number;

/**
 * A partner's server: a plain node HTTP server on 127.0.0.1 with one endpoint per path. Every
 * request is kept and verified with the standardwebhooks library against the endpoint's
 * secret; a request that does not verify is answered 401, as a real receiver would. Each
 * endpoint answers as its behaviour says (200 by default).
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private readonly secrets = new Map<string, string>();
  private readonly behaviours = new Map<string, Behaviour>();
  private readonly attempts = new Map<string, number>();
  private server: http.Server | null = null;
  private port = 0;

  async start(): Promise<this> {
    const server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const path = (request.url ?? '/').split('?')[0];
        const headers = Object.fromEntries(
          Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(',') : (value ?? '')]),
        );
        const webhookId = headers['webhook-id'] ?? '';
        const attempt = (this.attempts.get(webhookId) ?? 0) + 1;
        this.attempts.set(webhookId, attempt);
        const secret = this.secrets.get(path);
        const verified = secret === undefined ? null : verifies(secret, raw, headers);
        let body: WebhookBody;
        try {
          body = JSON.parse(raw) as WebhookBody;
        } catch {
          body = { type: '', id: '', timestamp: '', data: {} };
        }
        const answered = verified === false ? 401 : (this.behaviours.get(path) ?? (() => 200))({ body, attempt, webhookId });
        this.received.push({ path, webhookId, headers, raw, body, attempt, answered, verified, receivedAt: new Date() });
        response.writeHead(answered, { 'content-type': 'text/plain' }).end(answered < 300 ? 'ok' : 'no');
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** The partner's secret, once its registration returned it (earlier requests are verified later). */
  secret(path: string, secret: string): void {
    this.secrets.set(path, secret);
  }

  behave(path: string, behaviour: Behaviour): void {
    this.behaviours.set(path, behaviour);
  }

  at(path: string, type?: string): ReceivedWebhook[] {
    return this.received.filter((delivery) => delivery.path === path && (type === undefined || delivery.body.type === type));
  }

  /** Verifies a kept request now, with the endpoint's secret. */
  verify(delivery: ReceivedWebhook): boolean {
    const secret = this.secrets.get(delivery.path);
    return secret !== undefined && verifies(secret, delivery.raw, delivery.headers);
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }
}

function verifies(secret: string, raw: string, headers: Record<string, string>): boolean {
  try {
    new Webhook(secret).verify(raw, headers);
    return true;
  } catch {
    return false;
  }
}
