/**
 * Many rows into one table at once: an import writes 100,000 rows, and building each multi-row
 * insert through the query builder costs ten times the write itself. On SQLite the rows go
 * through one prepared statement; on PostgreSQL through one `insert … select from unnest(…)` per
 * table, one array parameter per column. Runs on the connection of `db`, so inside a transaction
 * of `db` it is part of it. Every row must give the same columns (a column left out of one row is
 * written as null, not its default).
 */
import { Column, getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type Database from 'better-sqlite3';
import type { Db } from './client.ts';
import { engine } from './engine.ts';

export async function bulkInsert<T extends PgTable>(
  db: Db,
  table: T,
  rows: ReadonlyArray<T['$inferInsert']>,
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => key in first);
  const keys = columns.map(([key]) => key);
  // Most columns take their values as they are (drizzle's default mapping); only the others are
  // called, 100,000 rows × a dozen columns being an import's size.
  const driver = columns.map(([, c]) =>
    c.mapToDriverValue === Column.prototype.mapToDriverValue ? null : c,
  );
  const driverValue = (row: T['$inferInsert'], j: number) => {
    const value = (row as Record<string, unknown>)[keys[j]!];
    if (value == null) return null;
    const column = driver[j];
    return column ? column.mapToDriverValue(value) : value;
  };
  if (engine === 'pg') {
    const arrays = columns.map((_, j) => rows.map((row) => driverValue(row, j)));
    // One parameter per column (a parameter each per value would pass PostgreSQL's 65,535).
    // sql.param keeps an array one parameter; a bare array would be spread into its values.
    const names = sql.join(
      columns.map(([, c]) => sql.identifier(c.name)),
      sql`, `,
    );
    const values = sql.join(
      columns.map(([, c], i) => sql`${sql.param(arrays[i])}::${sql.raw(c.getSQLType())}[]`),
      sql`, `,
    );
    await db.execute(sql`insert into ${table} (${names}) select * from unnest(${values})`);
    return;
  }
  // drizzle's better-sqlite3 database carries its connection as `$client` (not in the shared Db type).
  const client = (db as unknown as { $client: Database.Database }).$client;
  const text = `insert into "${getTableName(table)}" (${columns.map(([, c]) => `"${c.name}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`;
  // Compiled once per connection and text (`statements.ts`): the seed inserts into the same tables 100,000 times.
  const statement = client.prepare(text);
  // Row by row into one array, bound afresh by each run (better-sqlite3 copies the values).
  const values: unknown[] = new Array(columns.length);
  for (const row of rows) {
    for (let j = 0; j < columns.length; j++) values[j] = driverValue(row, j);
    statement.run(values);
  }
}
