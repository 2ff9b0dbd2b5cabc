import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@kdmp/config';
import { DeliveryResult } from './delivery-result';
import { MailSender } from './mail-sender';
import { SmtpMailSender } from './smtp-mail-sender';
import { FolderMailSender } from './folder-mail-sender';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  /** The same on every attempt (Message-ID), so a resend is recognisable. */
  messageId: string;
}

/**
 * Email over SMTP (nodemailer), or to MAIL_OUTBOX_DIR when SMTP_URL is unset (development and
 * tests only). A 5xx answer (mailbox unknown, address refused) fails for good; connection
 * trouble and 4xx answers are retried by the delivery queue.
 */
@Injectable()
export class EmailChannel implements OnApplicationShutdown {
  private readonly sender: MailSender;

  constructor(private readonly config: AppConfig) {
    const url = config.get('SMTP_URL');
    this.sender = url ? new SmtpMailSender(url, config.get('DELIVERY_CONCURRENCY')) : new FolderMailSender(config.get('MAIL_OUTBOX_DIR'));
  }

  async send(message: EmailMessage): Promise<DeliveryResult> {
    try {
      await this.sender.send({
        from: this.config.get('MAIL_FROM'),
        to: message.to,
        subject: message.subject,
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
    this.sender.close();
  }
}
