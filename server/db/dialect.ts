/**
 * The SQL that differs between the engines, in one place. Services build every other query
 * with drizzle's portable builders.
 */
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from './client.ts';
import { engine } from './engine.ts';
import { LOCKS } from './locks.ts';

/** True when a period runs longer than a calendar month (a year total, not a monthly figure). */
export function longerThanMonth(start: SQLWrapper, end: SQLWrapper): SQL<boolean> {
  return engine === 'pg'
    ? sql<boolean>`((cast(${end} as date) - cast(${start} as date)) > 31)`
    : sql<boolean>`(julianday(${end}) - julianday(${start}) > 31)`;
}

/**
 * An inline table of (contract id, date) pairs, joinable as `req` with columns `contract_id`
 * and `as_of`: several contracts, each taken on its own date, in one statement. The casts give
 * PostgreSQL the types it does not infer from parameters; the aliased subquery is the form both
 * engines accept.
 */
export function contractDatePairs(pairs: ReadonlyArray<{ contractId: number; asOf: string }>): SQL {
  const rows = sql.join(
    pairs.map((p) => sql`(cast(${p.contractId} as integer), cast(${p.asOf} as text))`),
    sql`, `,
  );
  return sql`(select column1 as contract_id, column2 as as_of from (values ${rows}) as v) as req`;
}

/**
 * (contract, first month, last month) triples as a table `win` (contract_id, from_month,
 * to_month), for statements that read each contract over its own window of months.
 */
export function contractMonthWindows(
  windows: ReadonlyArray<{ contractId: number; from: string; to: string }>,
): SQL {
  const rows = sql.join(
    windows.map(
      (w) => sql`(cast(${w.contractId} as integer), cast(${w.from} as text), cast(${w.to} as text))`,
    ),
    sql`, `,
  );
  return sql`(select column1 as contract_id, column2 as from_month, column3 as to_month from (values ${rows}) as v) as win`;
}

/** A database error's code: SQLite's (`SQLITE_BUSY`, …) or PostgreSQL's (`23505`, …), through drizzle's wrapping. */
export function dbErrorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** The earlier of two dates (ISO text): SQLite's two-argument min(), PostgreSQL's least(). */
export function earlier(a: SQLWrapper, b: SQLWrapper): SQL<string> {
  return engine === 'pg' ? sql<string>`least(${a}, ${b})` : sql<string>`min(${a}, ${b})`;
}

/**
 * Waits for, then holds until the transaction ends, the lock of one kind of write: two instances
 * starting on one new database must not both seed it. On SQLite every transaction already holds
 * the database's write lock (BEGIN IMMEDIATE).
 */
export async function writeLock(tx: Db, kind: 'seed' | 'migrate'): Promise<void> {
  if (engine === 'pg') await tx.execute(sql`select pg_advisory_xact_lock(${LOCKS[kind]})`);
}

/**
 * Waits for, then holds until the transaction ends, the lock of one station's figures: two
 * instances writing the same entry or importing the same file at once take turns, and the second
 * reads what the first wrote before it checks for duplicates (PostgreSQL runs transactions at
 * READ COMMITTED: without the lock both would see nothing and both would insert). On SQLite every
 * write transaction already holds the database's write lock.
 */
export async function stationLock(tx: Db, stationId: number): Promise<void> {
  if (engine === 'pg') await tx.execute(sql`select pg_advisory_xact_lock(${LOCKS.station}, ${stationId})`);
}
