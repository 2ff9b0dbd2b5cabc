import nodemailer, { Transporter } from 'nodemailer';
import { MailSender, OutgoingMail } from './mail-sender';

/**
 * Email over SMTP, pooled: one session carries many messages (no connect and greeting per
 * email), a connection for each delivery that runs at once.
 */
export class SmtpMailSender implements MailSender {
  private readonly transport: Transporter;

  constructor(url: string, maxConnections: number) {
    this.transport = nodemailer.createTransport({ url, pool: true, maxConnections });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail(mail);
  }

  close(): void {
    this.transport.close();
  }
}
