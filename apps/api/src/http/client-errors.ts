import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { problem, ProblemDetails } from './problem-details';

/** What Node's HTTP parser reports before a request exists, as the problem it answers. */
function problemFor(code: string | undefined): ProblemDetails {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return problem('request-header-fields-too-large', 'Request header fields too large', 431, {
        detail: 'The request line and headers are over the server\'s limit (16 KiB); send fewer or shorter headers.',
      });
    case 'HPE_HEADERS_TIMEOUT':
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return problem('request-timeout', 'Request timeout', 408, { detail: 'The request did not arrive in time.' });
    default:
      return problem('bad-request', 'Bad request', 400, { detail: 'The request is not valid HTTP/1.1.' });
  }
}

/**
 * A request Node cannot parse (headers over `maxHeaderSize`, a malformed request line) never
 * reaches Express: Node answers it with a bare status line. This answers it as every other
 * error is answered, with an RFC 9457 problem, then closes the connection.
 */
export function answerClientErrorsAsProblems(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const current = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || current?.headersSent) {
      socket.destroy();
      return;
    }
    const details = problemFor(error.code);
    const body = JSON.stringify(details);
    socket.end(
      `HTTP/1.1 ${details.status} ${STATUS_CODES[details.status]}\r\n` +
        'Content-Type: application/problem+json\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
}
