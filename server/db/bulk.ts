/**
 * Many rows into one table through one prepared statement: an import writes 100,000 rows, and
 * building each multi-row insert through the query builder costs ten times the write itself.
 * Runs on the connection of `db`, so inside a transaction of `db` it is part of it. Every row
 * must give the same columns (a column left out of one row is written as null, not its default).
 */
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type Database from 'better-sqlite3';
import type { Db } from './client.ts';

/** Prepared once per connection and statement text (the seed inserts into the same tables 100,000 times). */
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function bulkInsert<T extends SQLiteTable>(
  db: Db,
  table: T,
  rows: ReadonlyArray<T['$inferInsert']>,
): void {
  const first = rows[0];
  if (!first) return;
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => key in first);
  const names = columns.map(([, c]) => `"${c.name}"`).join(', ');
  // drizzle's better-sqlite3 database carries its connection as `$client`, a transaction in its
  // session (neither is in the shared Db type).
  const handle = db as unknown as { $client?: Database.Database; session: { client: Database.Database } };
  const client = handle.$client ?? handle.session.client;
  const text = `insert into "${getTableName(table)}" (${names}) values (${columns.map(() => '?').join(', ')})`;
  const cached = statements.get(client) ?? new Map<string, Database.Statement>();
  statements.set(client, cached);
  const statement = cached.get(text) ?? client.prepare(text);
  cached.set(text, statement);
  for (const row of rows) {
    const values = row as Record<string, unknown>;
    statement.run(columns.map(([key, c]) => (values[key] == null ? null : c.mapToDriverValue(values[key]))));
  }
}
