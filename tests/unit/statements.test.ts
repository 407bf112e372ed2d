/**
 * The connection's kept statements (`server/db/statements.ts`) on a real SQLite database: the same
 * text is compiled once, and a kept statement is handed out as a fresh one would be.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { keepStatements } from '../../server/db/statements.ts';

function database() {
  const db = new Database(':memory:');
  keepStatements(db);
  db.exec("create table t (id integer primary key, v text); insert into t (v) values ('x'), ('x'), ('x')");
  return db;
}

describe('kept statements', () => {
  it('compiles a text once and hands out the same statement again', () => {
    const db = database();
    const first = db.prepare('select id, v from t order by id');
    expect(db.prepare('select id, v from t order by id')).toBe(first);
    expect(db.prepare('select id from t order by id')).not.toBe(first);
  });

  it('hands out a statement switched to arrays (as drizzle does) as one that returns objects', () => {
    const db = database();
    expect(db.prepare('select id, v from t where id = ?').raw().get(1)).toEqual([1, 'x']);
    expect(db.prepare('select id, v from t where id = ?').get(1)).toEqual({ id: 1, v: 'x' });
  });

  it('compiles a second statement while the kept one is still being iterated', () => {
    const db = database();
    const text = 'select id from t order by id';
    const seen: number[] = [];
    for (const row of db.prepare(text).iterate() as Iterable<{ id: number }>) {
      seen.push(row.id, ...(db.prepare(text).all() as Array<{ id: number }>).map((r) => r.id));
    }
    expect(seen).toEqual([1, 1, 2, 3, 2, 1, 2, 3, 3, 1, 2, 3]);
  });

  it('runs statements that write, kept like the rest', () => {
    const db = database();
    const insert = 'insert into t (v) values (?)';
    db.prepare(insert).run('y');
    expect(db.prepare(insert).run('z').changes).toBe(1);
    expect(db.prepare('select count(*) as n from t').get()).toEqual({ n: 5 });
  });
});
