import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.ts';

export type Db = BetterSQLite3Database<typeof schema>;

export interface OpenDbOptions {
  /** File path, or ':memory:'. */
  path: string;
  /** Called once per SQL statement drizzle sends; tests use it to count statements. */
  onQuery?: (sql: string) => void;
}

export interface DbHandle {
  db: Db;
  sqlite: Database.Database;
  close(): void;
}

const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/** Migrations recorded in the file (drizzle's journal table; 0 before the first). */
function migrationsApplied(sqlite: Database.Database): number {
  const table = sqlite
    .prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
    .get();
  if (!table) return 0;
  return (sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n;
}

/**
 * Opens (creating if needed) the SQLite file with WAL and foreign keys on, and migrates it.
 * Closing checkpoints the WAL into the file first, so that the file alone holds every row.
 */
export function openDb({ path, onQuery }: OpenDbOptions): DbHandle {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  // Wait for another process's lock (a second instance starting on the same file) before anything else.
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('journal_mode = WAL');
  const logger = onQuery ? { logQuery: (query: string) => onQuery(query) } : false;
  const db = drizzle({ client: sqlite, schema, logger });
  // SQLite changes a table's constraints by rebuilding it (drizzle-kit's `__new_` tables), and
  // dropping the old table would trip the keys that point at it. SQLite's own procedure: keys
  // off for the migration (the pragma is ignored inside a transaction), then checked, then on.
  sqlite.pragma('foreign_keys = OFF');
  const applied = () => migrationsApplied(sqlite);
  const before = applied();
  migrate(db, { migrationsFolder });
  // Checked only after migrations ran: the check reads every row, seconds on a country's data.
  const broken = applied() === before ? [] : (sqlite.pragma('foreign_key_check') as unknown[]);
  if (broken.length > 0) throw new Error(`migration left ${broken.length} broken foreign keys`);
  sqlite.pragma('foreign_keys = ON');
  return {
    db,
    sqlite,
    close: () => {
      if (!sqlite.open) return;
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      sqlite.close();
    },
  };
}
