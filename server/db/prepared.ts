/**
 * Queries that run on every request (the viewer's user, the data version), built once per
 * database handle instead of once per call: drizzle's builder costs more than such a query's SQL.
 * PostgreSQL prepares them by name on each connection. (SQLite keeps every compiled statement
 * anyway, `statements.ts`; what this saves there is the building.)
 */
import type { Db } from './client.ts';

interface Prepared<R> {
  execute(placeholders: Record<string, unknown>): PromiseLike<R>;
}

/**
 * A query built by `build` on first use with each handle (a transaction is a handle of its own),
 * its values given as `sql.placeholder(name)`; returns a function that runs it.
 */
export function preparedQuery<P extends Record<string, unknown>, R>(
  build: (db: Db) => Prepared<R>,
): (db: Db, placeholders: P) => Promise<R> {
  const byHandle = new WeakMap<Db, Prepared<R>>();
  return async (db, placeholders) => {
    let query = byHandle.get(db);
    if (!query) {
      query = build(db);
      byHandle.set(db, query);
    }
    return query.execute(placeholders);
  };
}
