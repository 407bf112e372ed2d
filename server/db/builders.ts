/**
 * The column and table builders of each engine under one set of names, so that `tables.ts`
 * describes the schema once. The PostgreSQL builders give the types (drizzle's PostgreSQL query
 * builders have no synchronous `.get()`/`.run()`, so the type checker keeps every service
 * awaiting its statements, which both engines then run); the SQLite builders are cast to them.
 */
import * as pg from 'drizzle-orm/pg-core';
import * as lite from 'drizzle-orm/sqlite-core';

const postgres = {
  table: pg.pgTable,
  primaryKey: pg.primaryKey,
  text: pg.text,
  integer: pg.integer,
  index: pg.index,
  uniqueIndex: pg.uniqueIndex,
  check: pg.check,
  id: () => pg.integer('id').primaryKey().generatedByDefaultAsIdentity(),
  bool: (name: string) => pg.boolean(name),
  /** A real number: PostgreSQL's `real` is 4 bytes (1234567.891 reads back 1234568), so double precision. */
  double: (name: string) => pg.doublePrecision(name),
  // json, not jsonb: it keeps an audit entry's keys in the order written.
  json: (name: string) => pg.json(name),
};

export type Builders = typeof postgres;
export const pgBuilders: Builders = postgres;

export const sqliteBuilders = {
  table: lite.sqliteTable,
  primaryKey: lite.primaryKey,
  text: lite.text,
  integer: lite.integer,
  index: lite.index,
  uniqueIndex: lite.uniqueIndex,
  check: lite.check,
  id: () => lite.integer('id').primaryKey({ autoIncrement: true }),
  bool: (name: string) => lite.integer(name, { mode: 'boolean' }),
  double: (name: string) => lite.real(name),
  json: (name: string) => lite.text(name, { mode: 'json' }),
} as unknown as Builders;
