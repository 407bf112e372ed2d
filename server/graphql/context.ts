import type { Db } from '../db/client.ts';
import type { Scope } from '../services/scope.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface Context {
  db: Db;
  /** The stations this request may see; every service call receives it. */
  scope: Scope;
  loaders: Loaders;
  /** The date "today" means for this request (defaults resolve against it). */
  today: string;
}

export function createContext(db: Db, scope: Scope, today: string): Context {
  return { db, scope, loaders: createLoaders(db, scope), today };
}
