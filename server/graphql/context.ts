import type { Viewer } from '../auth/viewer.ts';
import type { Db } from '../db/client.ts';
import { createReader, type AuthServices, type Reader } from '../read/reader.ts';

export interface Context {
  /** The read model of this request: viewer, scope, today, loaders, memo and deadline. */
  read: Reader;
  /** Logging in: tokens, the login limiter and the client's address. */
  auth: AuthServices;
  /**
   * Set once the answer is known: a query's, without errors, which the answer cache may keep.
   * An object, so that the request's context and Apollo's shallow copy of it share it.
   */
  answer: { mayBeKept: boolean };
}

export function createContext(
  db: Db,
  viewer: Viewer,
  today: string,
  auth: AuthServices,
  deadlineMs: number,
): Context {
  return { read: createReader(db, viewer, today, { deadlineMs }), auth, answer: { mayBeKept: false } };
}
