/**
 * A real server over a real, freshly migrated database, seeded like production (demo users
 * included) but with a pinned "today" so that demo figures do not drift with the calendar.
 * Queries log in as a demo user (the bureau by default) over HTTP. The database is an SQLite file
 * in a temporary folder, or, in the test run's PostgreSQL project (vitest.config.ts), a copy of
 * the run's migrated PostgreSQL template.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql, type SQL } from 'drizzle-orm';
import { pino } from 'pino';
import { startApp, type RunningApp, type SecurityOptions } from '../../server/app.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import { openDb, type DbHandle } from '../../server/db/client.ts';
import { engine } from '../../server/db/engine.ts';
import * as t from '../../server/db/schema.ts';
import { seedCountry } from '../../server/seed/country.ts';
import { DEMO_PASSWORD, seedDemoDatabase, seedIndicatorCatalogue } from '../../server/seed/index.ts';
import { createUser } from '../../server/services/users.ts';
import { clonePgDatabase } from './pg.ts';

/** The demo's pinned "today": the 2024 service year is in its ninth month. */
export const TEST_TODAY = '2025-02-20';

type GraphQLResult<T> = {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
};

export interface TestServer {
  app: RunningApp;
  handle: DbHandle;
  /** Where the database is, as a command-line tool is pointed at it (DATABASE_PATH or DATABASE_URL). */
  location: { DATABASE_PATH: string } | { DATABASE_URL: string };
  /**
   * Raw SQL straight to the database (outside the server), `?` for parameters: for checks and
   * for breaking things on purpose. PostgreSQL's booleans come back as true/false, SQLite's as 1/0.
   */
  sql: <T = Record<string, unknown>>(text: string, ...params: unknown[]) => Promise<T[]>;
  /** SQL statements sent since the last `resetCount()`. */
  statements: () => number;
  /** The text of every statement sent from now until `recorded()` is asked (which stops recording). */
  record: () => void;
  recorded: () => string[];
  resetCount: () => void;
  /** A query as the demo bureau user (every Haizhu station). */
  query: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<GraphQLResult<T>>;
  /** A query as another user (demo users' password is `demo`, added users' `test`). */
  queryAs: <T = Record<string, unknown>>(
    username: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<GraphQLResult<T>>;
  /** A login token for a user. */
  token: (username: string) => Promise<string>;
  /** Adds a user (password `test`) seeing a district or some stations. */
  addUser: (spec: {
    username: string;
    role: t.UserRow['role'];
    district?: string;
    stations?: string[];
  }) => Promise<void>;
  close: () => Promise<void>;
}

export interface TestServerOptions {
  seed?: (handle: DbHandle) => Promise<unknown>;
  today?: string;
  security?: Partial<SecurityOptions>;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'station-monitor-'));
  let count = 0;
  let recording: string[] | null = null;
  const onQuery = (text: string) => {
    recording?.push(text);
    count++;
  };
  const copy = engine === 'pg' ? await clonePgDatabase() : null;
  const path = join(dir, 'test.db');
  const handle = await openDb(copy ? { url: copy.url, onQuery } : { path, onQuery });
  const today = options.today ?? TEST_TODAY;
  await (options.seed ?? ((h) => seedDemoDatabase(h.db, { asOf: today })))(handle);
  const app = await startApp(
    {
      db: handle.db,
      logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
      today: () => today,
      // Tests send many requests from one address: the per-client limit is tested on its own.
      security: { rateLimitPerMinute: 0, loginAttemptsPer15Min: 1000, ...options.security },
    },
    0,
  );
  // The client and the server share this process: after a long computation blocks both, Node may
  // close an idle kept-alive socket just as fetch reuses it ("fetch failed"). Tests keep them open.
  app.server.keepAliveTimeout = 30_000;
  const post = async <T>(body: unknown, token: string | null): Promise<GraphQLResult<T>> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers, body: JSON.stringify(body) });
    return res.json() as Promise<GraphQLResult<T>>;
  };
  const passwords = new Map<string, string>();
  const tokens = new Map<string, Promise<string>>();
  const token = (username: string) => {
    let found = tokens.get(username);
    if (!found) {
      const password = passwords.get(username) ?? DEMO_PASSWORD;
      found = post<{ login: { token: string } }>(
        {
          query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
          variables: { u: username, p: password },
        },
        null,
      ).then((r) => {
        if (!r.data) throw new Error(`login as ${username} failed: ${JSON.stringify(r.errors)}`);
        return r.data.login.token;
      });
      tokens.set(username, found);
    }
    return found;
  };
  const queryAs: TestServer['queryAs'] = async (username, query, variables) =>
    post({ query, variables }, username ? await token(username) : null);
  return {
    app,
    handle,
    location: copy ? { DATABASE_URL: copy.url } : { DATABASE_PATH: path },
    statements: () => count,
    record: () => void (recording = []),
    recorded: () => {
      const texts = recording ?? [];
      recording = null;
      return texts;
    },
    resetCount: () => {
      count = 0;
    },
    query: (query, variables) => queryAs('bureau', query, variables),
    queryAs,
    token,
    sql: (text, ...params) => rawSql(handle, text, params),
    addUser: async ({ username, role, district, stations }) => {
      const db = handle.db;
      const districtId = district
        ? (await db.select().from(t.districts).where(eq(t.districts.code, district)))[0]?.id
        : undefined;
      const stationIds: number[] = [];
      for (const code of stations ?? [])
        stationIds.push((await db.select().from(t.stations).where(eq(t.stations.code, code)))[0]!.id);
      const passwordHash = await hashPassword('test');
      await db.transaction((tx) =>
        createUser(tx, { username, passwordHash, role, displayName: username, districtId, stationIds }),
      );
      passwords.set(username, 'test');
    },
    close: async () => {
      await app.stop();
      await handle.close();
      await copy?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `text` with its `?` placeholders bound to `params`, run on the handle's writing connection. */
export async function rawSql<T>(handle: DbHandle, text: string, params: unknown[] = []): Promise<T[]> {
  if (handle.sqlite) {
    const statement = handle.sqlite.prepare(text);
    if (statement.reader) return statement.all(...params) as T[];
    statement.run(...params);
    return [];
  }
  const parts = text.split('?');
  const query: SQL = sql.join(
    parts.map((part, i) => (i === 0 ? sql.raw(part) : sql`${params[i - 1]}${sql.raw(part)}`)),
  );
  const result = (await handle.db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** A server over the demo district and `stations` generated ones (`seedCountry`, drawn from `seed`). */
export function startCountryServer(stations: number, seed: number): Promise<TestServer> {
  return startTestServer({
    seed: async ({ db }) => {
      await seedDemoDatabase(db, { asOf: TEST_TODAY });
      const indicatorIds = await db.transaction((tx) => seedIndicatorCatalogue(tx));
      await seedCountry(db, { stations, asOf: TEST_TODAY, seed, indicatorIds });
    },
  });
}
