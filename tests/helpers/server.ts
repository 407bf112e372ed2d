/**
 * A real server over a real, freshly migrated SQLite file in a temporary folder, seeded like
 * production but with a pinned "today" so that demo figures do not drift with the calendar.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { startApp, type RunningApp } from '../../server/app.ts';
import { openDb, type DbHandle } from '../../server/db/client.ts';
import { seedDemoDatabase } from '../../server/seed/index.ts';

/** The demo's pinned "today": the 2024 service year is in its ninth month. */
export const TEST_TODAY = '2025-02-20';

export interface TestServer {
  app: RunningApp;
  handle: DbHandle;
  /** SQL statements sent since the last `resetCount()`. */
  statements: () => number;
  resetCount: () => void;
  query: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;
  close: () => Promise<void>;
}

export async function startTestServer(
  options: { seed?: (handle: DbHandle) => void; today?: string } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'station-monitor-'));
  let count = 0;
  const handle = openDb({
    path: join(dir, 'test.db'),
    onQuery: () => {
      count++;
    },
  });
  const today = options.today ?? TEST_TODAY;
  (options.seed ?? ((h) => seedDemoDatabase(h.db, { asOf: today })))(handle);
  const app = await startApp({ db: handle.db, logger: pino({ level: 'silent' }), today: () => today }, 0);
  return {
    app,
    handle,
    statements: () => count,
    resetCount: () => {
      count = 0;
    },
    query: async (query, variables) => {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    },
    close: async () => {
      await app.stop();
      handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
