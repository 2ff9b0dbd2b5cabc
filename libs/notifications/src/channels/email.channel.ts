import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { AppConfig } from '@kdmp/config';
import { DeliveryResult } from './delivery-result';
import { singleLine } from '../single-line';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  /** The same on every attempt (Message-ID), so a resend is recognisable. */
  messageId: string;
}

/**
 * Email over SMTP (nodemailer). A 5xx answer (mailbox unknown, address refused) fails for
 * good; connection trouble and 4xx answers are retried by the delivery queue.
 */
@Injectable()
export class EmailChannel implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    // Pooled: one SMTP session carries many messages (no connect and greeting per email), a
    // connection for each delivery that runs at once.
    this.transport = nodemailer.createTransport({
      url: config.get('SMTP_URL'),
      pool: true,
      maxConnections: config.get('DELIVERY_CONCURRENCY'),
    });
  }

  async send(message: EmailMessage): Promise<DeliveryResult> {
    try {
      await this.transport.sendMail({
        from: this.config.get('MAIL_FROM'),
        to: message.to,
        // Already one line when rendered; kept so here too, as a header must be whatever the caller.
        subject: singleLine(message.subject),
        text: message.text,
        messageId: `<${message.messageId}@kdmp>`,
      });
      return { ok: true };
    } catch (error) {
      const failure = error as { responseCode?: number; code?: string; message: string };
      // nodemailer reports any refused recipient as EENVELOPE, a temporary 4xx too: the code decides.
      const permanent = failure.responseCode !== undefined ? failure.responseCode >= 500 : failure.code === 'EENVELOPE';
      return { ok: false, permanent, statusCode: failure.responseCode, error: failure.message };
    }
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
