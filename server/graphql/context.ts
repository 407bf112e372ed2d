import type { Db } from '../db/client.ts';
import { createReader, type Reader } from '../read/reader.ts';
import type { Scope } from '../services/scope.ts';

export interface Context {
  /** The read model of this request: scope, today, loaders and memo. */
  read: Reader;
}

export function createContext(db: Db, scope: Scope, today: string): Context {
  return { read: createReader(db, scope, today) };
}
