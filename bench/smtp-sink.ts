import type { Server } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * The mail server the notifier sends to (SMTP_URL), on 127.0.0.1: it accepts every message and
 * counts it, as a deployment's relay would, so email deliveries succeed instead of retrying.
 */
export class SmtpSink {
  received = 0;
  private constructor(
    private readonly server: SMTPServer,
    readonly url: string,
  ) {}

  static async start(): Promise<SmtpSink> {
    let sink: SmtpSink | null = null;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, _session, callback) => {
        stream.on('end', () => {
          if (sink) sink.received++;
          callback();
        });
        stream.resume();
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    server.on('error', () => undefined);
    const address = (server as unknown as { server: Server }).server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    sink = new SmtpSink(server, `smtp://127.0.0.1:${port}`);
    return sink;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
