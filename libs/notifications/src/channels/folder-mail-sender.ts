import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { MailSender, OutgoingMail } from './mail-sender';

/**
 * Development without a mail server: each message is built by nodemailer as it would go over
 * SMTP (its stream transport: the same headers, encoded the same way) and written to a folder
 * as an `.eml` file, which any mail client opens, with one log line naming the file. The body
 * is kept as plain 8-bit text rather than quoted-printable, so `cat` shows links whole. Never
 * used in production (the configuration requires SMTP_URL there).
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
    await writeFile(file, readable(built.message.toString('utf8'), mail.text));
    this.logger.log({ msg: 'email written to a file (SMTP_URL is not set)', to: mail.to, subject: mail.subject, file });
  }

  close(): void {
    this.transport.close();
  }
}

/** `<id@kdmp>` → `id`. */
function fileSafe(messageId: string): string {
  return messageId.replace(/^<|@.*$/g, '').replace(/[^A-Za-z0-9-]/g, '').slice(0, 80);
}

/** nodemailer's headers, with the text as it was written (8bit) instead of its transfer encoding. */
function readable(message: string, text: string): string {
  const end = message.search(/\r?\n\r?\n/);
  const headers = message
    .slice(0, end)
    .split(/\r?\n/)
    .filter((line) => !/^Content-Transfer-Encoding:/i.test(line));
  return `${[...headers, 'Content-Transfer-Encoding: 8bit'].join('\n')}\n\n${text.replace(/\r\n/g, '\n')}\n`;
}
