/**
 * SQLite compiles a statement's text on every `prepare`, and drizzle prepares on every query: in a
 * profile of the station page's query, compiling its thirteen statements took about a third of
 * their time. The connection keeps its compiled statements by text instead (SQLite recompiles one
 * itself if the schema changes).
 */
import type Database from 'better-sqlite3';
import { LRUCache } from 'lru-cache';

/** Statements kept per connection: every text the read model builds, with room for imports' batches. */
const kept = 500;

/** Makes `database.prepare` hand out its kept statement for a text it has compiled before. */
export function keepStatements(database: Database.Database): void {
  const prepare = database.prepare.bind(database);
  const statements = new LRUCache<string, Database.Statement>({ max: kept });
  database.prepare = ((source: string) => {
    const statement = statements.get(source);
    // A statement still being iterated cannot run again until the iteration ends.
    if (statement && !statement.busy) {
      // As a fresh one: drizzle switches a statement to rows as arrays (`raw()`) for its selects.
      return statement.reader ? statement.raw(false) : statement;
    }
    const compiled = prepare(source);
    if (!statement) statements.set(source, compiled);
    return compiled;
  }) as Database.Database['prepare'];
}
