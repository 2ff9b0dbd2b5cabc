import http from 'node:http';
import https from 'node:https';
import { Injectable } from '@nestjs/common';
import { Webhook } from 'standardwebhooks';
import { AppConfig } from '@kdmp/config';
import { assertDeliverableUrl, guardedLookup, RefusedAddressError } from './address-guard';
import { DeliveryResult } from './delivery-result';

export interface WebhookMessage {
  url: string;
  /** The partner's `whsec_...` secret. */
  secret: string;
  /** The same on every attempt, so receivers can drop duplicates. */
  messageId: string;
  body: { type: string; id: string; timestamp: string; data: unknown };
}

const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * Signed webhooks (Standard Webhooks): `webhook-id`, `webhook-timestamp`, `webhook-signature`.
 * Any 2xx is delivered; 410 Gone, or an address that is not allowed, fails for good; anything
 * else (other statuses, errors, the timeout) is retried by the delivery queue.
 */
@Injectable()
export class WebhookChannel {
  constructor(private readonly config: AppConfig) {}

  async send(message: WebhookMessage): Promise<DeliveryResult> {
    let url: URL;
    try {
      url = new URL(message.url);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http(s)');
    } catch {
      return { ok: false, permanent: true, error: `invalid webhook URL` };
    }
    // Node does not call `lookup` for a literal IP address: check the URL itself first.
    const allowPrivate = this.config.get('WEBHOOK_ALLOW_PRIVATE_ADDRESSES');
    try {
      await assertDeliverableUrl(url.toString(), allowPrivate);
    } catch (error) {
      return { ok: false, permanent: error instanceof RefusedAddressError, error: (error as Error).message };
    }
    const payload = JSON.stringify(message.body);
    const timestamp = new Date();
    const signature = new Webhook(message.secret).sign(message.messageId, timestamp, payload);
    const transport = url.protocol === 'https:' ? https : http;
    return new Promise<DeliveryResult>((resolve) => {
      const request = transport.request(
        url,
        {
          method: 'POST',
          timeout: this.config.get('WEBHOOK_TIMEOUT_MS'),
          lookup: guardedLookup(allowPrivate),
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
            'user-agent': 'kdmp-webhooks/1',
            'webhook-id': message.messageId,
            'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
            'webhook-signature': signature,
          },
        },
        (response) => {
          let received = 0;
          // Read (and drop) the answer so the socket is released; redirects are not followed.
          response.on('data', (chunk: Buffer) => {
            received += chunk.length;
            if (received > MAX_RESPONSE_BYTES) response.destroy();
          });
          response.on('close', () => {
            const status = response.statusCode ?? 0;
            if (status >= 200 && status < 300) resolve({ ok: true, statusCode: status });
            else resolve({ ok: false, permanent: status === 410, statusCode: status, error: `HTTP ${status}` });
          });
        },
      );
      request.on('timeout', () => request.destroy(new Error(`no answer within ${this.config.get('WEBHOOK_TIMEOUT_MS')} ms`)));
      request.on('error', (error) =>
        resolve({ ok: false, permanent: error instanceof RefusedAddressError, error: error.message }),
      );
      request.end(payload);
    });
  }
}
