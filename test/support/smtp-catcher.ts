import { SMTPServer, SMTPServerAddress } from 'smtp-server';
import { simpleParser } from 'mailparser';

export interface CaughtMail {
  /** The envelope recipients (RCPT TO), lower-cased. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  messageId: string;
  receivedAt: Date;
}

/** How the catcher answers a recipient: accept it, or refuse it with an SMTP code. */
export type RecipientRule = (address: string, attempt: number) => { code: number; message: string } | null;

/**
 * A real SMTP server in the test process (smtp-server, no TLS, no auth needed): every message
 * it accepts is parsed with mailparser and kept, so a test can wait for a mail to an address.
 * Recipients can be refused (5xx for good, 4xx for now) by a rule.
 */
export class SmtpCatcher {
  readonly mails: CaughtMail[] = [];
  /** RCPT TO attempts per address, accepted or not. */
  readonly recipientAttempts = new Map<string, number>();
  rule: RecipientRule = () => null;
  private server: SMTPServer | null = null;
  private port = 0;

  async start(): Promise<this> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (address: SMTPServerAddress, _session, callback) => {
        const email = address.address.toLowerCase();
        const attempt = (this.recipientAttempts.get(email) ?? 0) + 1;
        this.recipientAttempts.set(email, attempt);
        const refusal = this.rule(email, attempt);
        if (!refusal) return callback();
        const error = new Error(refusal.message) as Error & { responseCode: number };
        error.responseCode = refusal.code;
        return callback(error);
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            this.mails.push({
              to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              messageId: parsed.messageId ?? '',
              receivedAt: new Date(),
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    server.on('error', () => undefined);
    this.server = server;
    const address = (server as unknown as { server: import('node:net').Server }).server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    return this;
  }

  /** For SMTP_URL. */
  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  to(address: string): CaughtMail[] {
    return this.mails.filter((mail) => mail.to.includes(address.toLowerCase()));
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
