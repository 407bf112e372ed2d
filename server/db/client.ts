/**
 * Opening the database: the embedded SQLite file (the default) or PostgreSQL (DATABASE_URL). Both
 * hand out one `Db` with the same tables and the same asynchronous API, so services are written
 * once: every statement is awaited, and every write runs in `db.transaction(async (tx) => …)`.
 */
import { dirname, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleSqlite } from 'drizzle-orm/better-sqlite3';
import { migrate as migrateSqlite } from 'drizzle-orm/better-sqlite3/migrator';
import { drizzle as drizzlePg, type NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { LOCKS } from './locks.ts';
import { engine, type Engine } from './engine.ts';
import * as schema from './schema.ts';
import { keepStatements } from './statements.ts';
import { fromRoot } from '../lib/root.ts';

/** The database or a transaction of it: the same API on both engines. */
export type Db = PgDatabase<NodePgQueryResultHKT, typeof schema>;

export type OpenDbOptions = (
  | {
      /** SQLite: a file path, or ':memory:'. */
      path: string;
    }
  | {
      /** PostgreSQL: `postgres://user:password@host:port/database`. */
      url: string;
    }
) & {
  /** Called once per SQL statement drizzle sends; tests use it to count statements. */
  onQuery?: (sql: string) => void;
  /**
   * PostgreSQL: an idle pooled connection failed (the server restarted, or an administrator ended
   * it). The pool drops it and the next query opens another; this only reports it.
   */
  onConnectionError?: (error: Error) => void;
};

export interface DbHandle {
  db: Db;
  engine: Engine;
  /** The SQLite connection that writes (none on PostgreSQL). */
  sqlite?: Database.Database;
  /** Closes every connection; SQLite checkpoints its log into the file first. */
  close(): Promise<void>;
}

const migrationsFolder = (folder: string) => fromRoot(folder);

export async function openDb(options: OpenDbOptions): Promise<DbHandle> {
  const wanted: Engine = 'url' in options ? 'pg' : 'sqlite';
  if (wanted !== engine) {
    // The tables were built for one engine when this process started (schema.ts).
    throw new Error(
      `this process runs on ${engine === 'pg' ? 'PostgreSQL (DATABASE_URL)' : 'SQLite'} and cannot open a ${wanted} database`,
    );
  }
  return 'url' in options
    ? openPostgres(options.url, options.onQuery, options.onConnectionError)
    : openSqlite(options.path, options.onQuery);
}

/** Migrations recorded in the file (drizzle's journal table; 0 before the first). */
function migrationsApplied(sqlite: Database.Database): number {
  const table = sqlite
    .prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
    .get();
  if (!table) return 0;
  return (sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n;
}

/**
 * SQLite with WAL and foreign keys on, migrated. Two connections: requests read on one (read
 * only), and transactions write on the other, one at a time. better-sqlite3 is synchronous, so
 * drizzle's transactions on it cannot await; with one connection, another request's statements
 * would run inside an open transaction and see (or be rolled back with) its uncommitted rows.
 * Closing checkpoints the WAL into the file first, so that the file alone holds every row.
 */
function openSqlite(path: string, onQuery?: (sql: string) => void): DbHandle {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const logger = onQuery ? { logQuery: (query: string) => onQuery(query) } : false;
  const writing = new Database(path);
  keepStatements(writing);
  // Wait for another process's lock (a second instance starting on the same file) before anything else.
  writing.pragma('busy_timeout = 5000');
  writing.pragma('journal_mode = WAL');
  const writer = drizzleSqlite({ client: writing, schema, logger });
  // SQLite changes a table's constraints by rebuilding it (drizzle-kit's `__new_` tables), and
  // dropping the old table would trip the keys that point at it. SQLite's own procedure: keys
  // off for the migration (the pragma is ignored inside a transaction), then checked, then on.
  writing.pragma('foreign_keys = OFF');
  const applied = () => migrationsApplied(writing);
  const before = applied();
  migrateSqlite(writer, { migrationsFolder: migrationsFolder('drizzle') });
  // Checked only after migrations ran: the check reads every row, seconds on a country's data.
  const broken = applied() === before ? [] : (writing.pragma('foreign_key_check') as unknown[]);
  if (broken.length > 0) throw new Error(`migration left ${broken.length} broken foreign keys`);
  writing.pragma('foreign_keys = ON');

  // A ':memory:' database exists once per connection, so it reads where it writes.
  const reading = path === ':memory:' ? writing : new Database(path);
  if (reading !== writing) {
    keepStatements(reading);
    reading.pragma('busy_timeout = 5000');
    reading.pragma('query_only = ON');
  }
  const reader = drizzleSqlite({ client: reading, schema, logger });

  // Transactions run one after another: BEGIN IMMEDIATE takes the write lock at once (another
  // process's writer is waited for by busy_timeout), and the callback may await.
  let queue: Promise<unknown> = Promise.resolve();
  const transaction = <T>(work: (tx: Db) => Promise<T>): Promise<T> => {
    const run = async () => {
      writer.run(sql`begin immediate`);
      try {
        const result = await work(writer as unknown as Db);
        writer.run(sql`commit`);
        return result;
      } catch (error) {
        writer.run(sql`rollback`);
        throw error;
      }
    };
    const done = queue.then(run);
    queue = done.catch(() => undefined);
    return done;
  };
  Object.assign(reader, { transaction });
  // A transaction begun inside one is part of it (SQLite has no nested BEGIN).
  Object.assign(writer, { transaction: <T>(work: (tx: Db) => Promise<T>) => work(writer as unknown as Db) });
  return {
    db: reader as unknown as Db,
    engine: 'sqlite',
    sqlite: writing,
    close: async () => {
      await queue;
      if (reading !== writing && reading.open) reading.close();
      if (!writing.open) return;
      writing.pragma('wal_checkpoint(TRUNCATE)');
      writing.close();
    },
  };
}

// Counts and sums come back from PostgreSQL as int8 or numeric, which node-postgres gives as
// strings (they may pass 2^53); every such number here is a count or an amount well below that.
pg.types.setTypeParser(pg.types.builtins.INT8, Number);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, Number);

/**
 * PostgreSQL through a pool, migrated under an advisory lock: several instances may start on
 * one database at once, and PostgreSQL's migrator, unlike SQLite's file lock, does not wait.
 */
async function openPostgres(
  url: string,
  onQuery?: (sql: string) => void,
  onConnectionError: (error: Error) => void = () => {},
): Promise<DbHandle> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // Without a listener, node-postgres throws an idle connection's error out of the process: a
  // PostgreSQL restart would stop every instance.
  pool.on('error', onConnectionError);
  const logger = onQuery ? { logQuery: (query: string) => onQuery(query) } : false;
  const db = drizzlePg({ client: pool, schema, logger });
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [LOCKS.migrate]);
    try {
      await migratePg(drizzlePg({ client }), { migrationsFolder: migrationsFolder('drizzle-pg') });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [LOCKS.migrate]);
    }
  } finally {
    client.release();
  }
  let ended: Promise<void> | undefined;
  return {
    db: db as unknown as Db,
    engine: 'pg',
    close: () => (ended ??= pool.end()),
  };
}

/** The database the environment names: DATABASE_URL (PostgreSQL), else DATABASE_PATH (SQLite). */
export function databaseFromEnv(env: NodeJS.ProcessEnv = process.env): OpenDbOptions {
  return env.DATABASE_URL
    ? { url: env.DATABASE_URL }
    : { path: env.DATABASE_PATH || 'data/station-monitor.db' };
}
