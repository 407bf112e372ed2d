/**
 * The column and table builders of each engine under one set of names, so that `tables.ts`
 * describes the schema once. The SQLite builders give the types: the server runs on SQLite, and
 * the PostgreSQL build (`schema.pg.ts`) is for drizzle-kit's PostgreSQL migrations until the
 * server runs on PostgreSQL too (`docs/postgres-plan.md`).
 */
import * as pg from 'drizzle-orm/pg-core';
import * as lite from 'drizzle-orm/sqlite-core';

const sqlite = {
  table: lite.sqliteTable,
  primaryKey: lite.primaryKey,
  text: lite.text,
  integer: lite.integer,
  index: lite.index,
  uniqueIndex: lite.uniqueIndex,
  check: lite.check,
  id: () => lite.integer('id').primaryKey({ autoIncrement: true }),
  bool: (name: string) => lite.integer(name, { mode: 'boolean' }),
  /** A real number: SQLite's REAL is 8 bytes; PostgreSQL's `real` is 4, so it gets double precision. */
  double: (name: string) => lite.real(name),
  json: (name: string) => lite.text(name, { mode: 'json' }),
};

export type Builders = typeof sqlite;
export const sqliteBuilders: Builders = sqlite;

export const pgBuilders = {
  table: pg.pgTable,
  primaryKey: pg.primaryKey,
  text: pg.text,
  integer: pg.integer,
  index: pg.index,
  uniqueIndex: pg.uniqueIndex,
  check: pg.check,
  id: () => pg.integer('id').primaryKey().generatedByDefaultAsIdentity(),
  bool: (name: string) => pg.boolean(name),
  double: (name: string) => pg.doublePrecision(name),
  // json, not jsonb: it keeps an audit entry's keys in the order written.
  json: (name: string) => pg.json(name),
} as unknown as Builders;
