/**
 * Requests Node's HTTP parser refuses before any handler sees them (headers over 16 kB, a
 * malformed request line, a request that took too long to arrive) get the same coded JSON body as
 * every other refusal, instead of Node's bare status line.
 */
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorBody, errorStatus, type ErrorCode } from '../errors.ts';

/** Node's default limit on the size of a request's headers (`--max-http-header-size`). */
const headerLimit = '16 kB';

function codeFor(error: NodeJS.ErrnoException): ErrorCode {
  if (error.code === 'HPE_HEADER_OVERFLOW') return 'request/headers_too_large';
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return 'request/timeout';
  return 'request/bad_request';
}

export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A connection the client dropped has no one to answer.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const code = codeFor(error);
    const status = errorStatus[code] ?? 400;
    const params: Record<string, string> =
      code === 'request/headers_too_large' ? { limit: headerLimit } : { detail: error.code ?? '' };
    const body = JSON.stringify({ errors: [errorBody(code, params)] });
    socket.end(
      [
        `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
        'Content-Type: application/json; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(body)}`,
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  });
}
