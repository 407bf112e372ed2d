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
  /**
   * The bytes of a long string of a large request body, handed over by reference so that the main
   * thread never holds it (`http/body.ts`); null when `text` is the string itself.
   */
  bodyPart: (text: string) => Uint8Array | null;
}

export function createContext(
  db: Db,
  viewer: Viewer,
  today: string,
  auth: AuthServices,
  deadlineMs: number,
  bodyPart: Context['bodyPart'] = () => null,
): Context {
  return {
    read: createReader(db, viewer, today, { deadlineMs }),
    auth,
    answer: { mayBeKept: false },
    bodyPart,
  };
}
