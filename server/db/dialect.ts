/**
 * The SQL that is SQLite's own, in one place. Services build every other query with drizzle's
 * portable builders; a second engine (PostgreSQL) changes this file, not the services.
 */
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/** True when a period runs longer than a calendar month (a year total, not a monthly figure). */
export function longerThanMonth(start: SQLWrapper, end: SQLWrapper): SQL<boolean> {
  return sql<boolean>`(julianday(${end}) - julianday(${start}) > 31)`;
}

/**
 * An inline table of (contract id, date) pairs, joinable as `req` with columns `contract_id`
 * and `as_of`: several contracts, each taken on its own date, in one statement.
 */
export function contractDatePairs(pairs: ReadonlyArray<{ contractId: number; asOf: string }>): SQL {
  const rows = sql.join(
    pairs.map((p) => sql`(${p.contractId}, ${p.asOf})`),
    sql`, `,
  );
  return sql`(select column1 as contract_id, column2 as as_of from (values ${rows})) as req`;
}
