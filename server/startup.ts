/**
 * Opening the database at start: refuse a file that is not ours, migrate, seed a new one, and
 * come up even when two processes start on one new database at the same moment.
 */
import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { getTableName, is, Table } from 'drizzle-orm';
import { verifyPassword } from './auth/passwords.ts';
import { DEMO_PASSWORD, seedDemoDatabase } from './seed/index.ts';
import { demoUsers } from './services/users.ts';
import { openDb, type DbHandle } from './db/client.ts';
import { dbErrorCode } from './db/dialect.ts';
import * as schema from './db/schema.ts';

/** A reason the server will not start, said in one line. */
export class StartupError extends Error {}

/** Every table a Station Monitor database may hold: the schema's and the migration journal. */
const ownTables = new Set([
  '__drizzle_migrations',
  ...(Object.values(schema) as unknown[]).flatMap((value) => (is(value, Table) ? [getTableName(value)] : [])),
]);

/**
 * An existing file must be an SQLite database that is empty or Station Monitor's: a mistyped
 * DATABASE_PATH must never get our tables and demo data written into another program's file.
 */
export function checkDatabaseFile(path: string): void {
  if (path === ':memory:' || !existsSync(path) || statSync(path).size === 0) return;
  let tables: string[];
  try {
    const probe = new Database(path, { readonly: true, fileMustExist: true });
    try {
      tables = (
        probe.prepare(`select name from sqlite_master where type = 'table'`).all() as Array<{ name: string }>
      )
        .map((t) => t.name)
        .filter((name) => !name.startsWith('sqlite_'));
    } finally {
      probe.close();
    }
  } catch (error) {
    throw new StartupError(
      `DATABASE_PATH ${path} is not a readable SQLite database (${error instanceof Error ? error.message : error}); point it at a Station Monitor database or a new file`,
    );
  }
  // Ours, possibly still being migrated by another process starting at the same moment.
  const foreign = tables.filter((t) => !ownTables.has(t));
  if (foreign.length > 0) {
    throw new StartupError(
      `DATABASE_PATH ${path} holds another program's database (tables: ${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ', …' : ''}); Station Monitor will not write into it. Point DATABASE_PATH at a Station Monitor database or a new file`,
    );
  }
}

/**
 * A PostgreSQL database must likewise be empty or Station Monitor's (its `public` schema; the
 * migration journal lives in the `drizzle` schema).
 */
export async function checkPostgresDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  let tables: string[];
  try {
    await client.connect();
    const { rows } = await client.query<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = 'public'`,
    );
    tables = rows.map((r) => r.name);
  } catch (error) {
    throw new StartupError(
      `DATABASE_URL does not reach a PostgreSQL database (${error instanceof Error ? error.message : error}); check the host, port, user, password and database name`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
  const foreign = tables.filter((t) => !ownTables.has(t));
  if (foreign.length > 0) {
    throw new StartupError(
      `DATABASE_URL names a database that holds another program's tables (${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ', …' : ''}); Station Monitor will not write into it. Create a database of its own (createdb station_monitor)`,
    );
  }
}

/**
 * Another process is migrating or seeding the same new file: its lock (busy), or its tables
 * appearing under a migration this process began to apply too ("already exists"). drizzle wraps
 * a statement's error ("Failed to run the query …"), so the whole cause chain is looked at.
 */
export function racing(error: unknown): boolean {
  if (dbErrorCode(error)?.startsWith('SQLITE_BUSY')) return true;
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (/already exists/.test(e.message)) return true;
  }
  return false;
}

export interface OpenOptions {
  /** The demo's "today" when a new database is seeded. */
  demoAsOf: string;
  /** Production: seed no demo data, and refuse to start while a demo user has the demo password. */
  refuseDemoPasswords: boolean;
  /** PostgreSQL: an idle pooled connection failed (see `OpenDbOptions`). */
  onConnectionError?: (error: Error) => void;
}

/** Where the database is: an SQLite file, or a PostgreSQL URL. */
export type DatabaseLocation = { path: string } | { url: string };

export async function openDatabase(
  location: DatabaseLocation,
  options: OpenOptions,
): Promise<{ handle: DbHandle; seeded: boolean }> {
  if ('path' in location) checkDatabaseFile(location.path);
  else await checkPostgresDatabase(location.url);
  for (let attempt = 1; ; attempt++) {
    let handle: DbHandle | undefined;
    try {
      handle = await openDb({ ...location, onConnectionError: options.onConnectionError });
      const seeded = options.refuseDemoPasswords
        ? false
        : await seedDemoDatabase(handle.db, { asOf: options.demoAsOf });
      if (options.refuseDemoPasswords) await refuseDemoPasswords(handle);
      return { handle, seeded };
    } catch (error) {
      await handle?.close();
      // Another process is migrating or seeding the same new file: wait and try again.
      if (racing(error) && attempt < 20) {
        await new Promise((done) => setTimeout(done, 100 + Math.random() * 400));
        continue;
      }
      throw error;
    }
  }
}

async function refuseDemoPasswords(handle: DbHandle): Promise<void> {
  for (const user of await demoUsers(handle.db)) {
    if (await verifyPassword(user.passwordHash, DEMO_PASSWORD)) {
      await handle.close();
      throw new StartupError(
        `NODE_ENV=production, but the demo user '${user.username}' still has the demo password: change it (npm run users -- password ${user.username}) or remove the demo users`,
      );
    }
  }
}
