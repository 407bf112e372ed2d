/**
 * The read model's per-request state: who is asking (scope), what "today" is, the batch loaders
 * and a memo, so that several fields of one request that need the same figures compute them once.
 * Resolvers hold a Reader and hand it to the read functions; nothing below them reads the request.
 */
import type { Db } from '../db/client.ts';
import type { Scope } from '../services/scope.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface Reader {
  db: Db;
  /** The stations this request may see; every service call receives it. */
  scope: Scope;
  /** The date "today" means for this request (defaults resolve against it). */
  today: string;
  loaders: Loaders;
  /** The value computed once per request for `key`. */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

export function createReader(db: Db, scope: Scope, today: string): Reader {
  const memos = new Map<string, Promise<unknown>>();
  return {
    db,
    scope,
    today,
    loaders: createLoaders(db, scope),
    memo: <T>(key: string, compute: () => Promise<T>) => {
      let value = memos.get(key) as Promise<T> | undefined;
      if (!value) memos.set(key, (value = compute()));
      return value;
    },
  };
}
