import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { MailSender, OutgoingMail } from './mail-sender';

/**
 * Development without a mail server: each message is built by nodemailer exactly as it would
 * go over SMTP (its stream transport) and written to a folder as an `.eml` file, which any
 * mail client opens, with one log line naming the file. Never used in production (the
 * configuration requires SMTP_URL there).
 */
export class FolderMailSender implements MailSender {
  private readonly logger = new Logger('Email');
  private readonly transport: Transporter;
  private readonly folder: string;

  constructor(folder: string) {
    this.folder = path.resolve(folder);
    this.transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const built = (await this.transport.sendMail(mail)) as { message: Buffer };
    await mkdir(this.folder, { recursive: true });
    const file = path.join(this.folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${fileSafe(mail.messageId)}.eml`);
    await writeFile(file, built.message);
    this.logger.log({ msg: 'email written to a file (SMTP_URL is not set)', to: mail.to, subject: mail.subject, file });
  }

  close(): void {
    this.transport.close();
  }
}

function fileSafe(messageId: string): string {
  return messageId.replace(/[^A-Za-z0-9-]/g, '').slice(0, 80);
}
