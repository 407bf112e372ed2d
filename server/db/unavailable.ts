/**
 * Whether an error means the database cannot be reached right now (PostgreSQL restarting or gone,
 * connections ended by an administrator, the pool or the SQLite file closed), as opposed to a
 * failure of the request itself: those are answered 503 `server/unavailable` with Retry-After,
 * never 500, so that clients and load balancers try again.
 */

/** PostgreSQL's SQLSTATE classes and codes that say "no connection", not "bad statement". */
const pgUnavailable = /^(08|57P0[1-3]|53300)/;
/** Node's socket errors. */
const socketCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);
/** What node-postgres and better-sqlite3 say when there is no connection to use. */
const unavailableMessages =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Cannot use a pool after calling end|Client has encountered a connection error|database connection is not open|Client was closed/i;

/** Walks the error and what it wraps (drizzle's query error, GraphQL's original error). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (pgUnavailable.test(code) || socketCodes.has(code))) return true;
    if (typeof message === 'string' && unavailableMessages.test(message)) return true;
    const next = current as { cause?: unknown; originalError?: unknown };
    current = next.originalError ?? next.cause;
  }
  return false;
}

/** Seconds a client is asked to wait before trying again. */
export const retryAfterSeconds = 5;
