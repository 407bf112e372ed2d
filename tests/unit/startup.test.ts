/** Telling another process's first start on the same file (wait and retry) from a real failure. */
import { describe, expect, it } from 'vitest';
import { racing } from '../../server/startup.ts';

const sqliteError = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('a start racing another process on one new file', () => {
  it('is recognised directly or through drizzle’s wrapped error', () => {
    expect(racing(sqliteError('database is locked', 'SQLITE_BUSY'))).toBe(true);
    expect(racing(sqliteError('table `attendance` already exists', 'SQLITE_ERROR'))).toBe(true);
    // What a fresh-clone run met: drizzle's "Failed to run the query", the cause underneath.
    const wrapped = new Error("Failed to run the query 'CREATE TABLE `attendance` …'", {
      cause: sqliteError('table `attendance` already exists', 'SQLITE_ERROR'),
    });
    expect(racing(wrapped)).toBe(true);
    expect(
      racing(new Error('Failed to run the query', { cause: sqliteError('locked', 'SQLITE_BUSY_SNAPSHOT') })),
    ).toBe(true);
  });

  it('is not any other failure', () => {
    expect(racing(sqliteError('no such table: users', 'SQLITE_ERROR'))).toBe(false);
    expect(
      racing(
        new Error('Failed to run the query', {
          cause: sqliteError('CHECK constraint failed', 'SQLITE_CONSTRAINT'),
        }),
      ),
    ).toBe(false);
    expect(racing('not an error')).toBe(false);
  });
});
