/**
 * The read model's per-request state: who is asking (viewer and scope), what "today" is, the
 * batch loaders, a memo (so that several fields of one request needing the same figures compute
 * them once) and the request's deadline. Resolvers hold a Reader and hand it to the read
 * functions; nothing below them reads the request.
 */
import type { LoginLimiter } from '../auth/limits.ts';
import type { Tokens } from '../auth/tokens.ts';
import { scopeOf, type Viewer } from '../auth/viewer.ts';
import type { Db } from '../db/client.ts';
import { appError } from '../errors.ts';
import type { Scope } from '../services/scope.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface Reader {
  db: Db;
  viewer: Viewer;
  /** The stations this request may see; every service call receives it. */
  scope: Scope;
  /** The date "today" means for this request (defaults resolve against it). */
  today: string;
  loaders: Loaders;
  /** The value computed once per request for `key` (keys need not include the scope: a Reader has one). */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** Throws `server/timeout` once the request has used up its time. */
  checkDeadline(): void;
  /** When the request's time is up (epoch ms): work done elsewhere (a worker) is stopped then. */
  deadlineAt: number;
}

/** What logging in needs beyond reading: tokens, the login limiter, the client's address. */
export interface AuthServices {
  tokens: Tokens;
  loginLimiter: LoginLimiter;
  ip: string;
}

export function createReader(
  db: Db,
  viewer: Viewer,
  today: string,
  options: {
    deadlineMs?: number;
    scope?: Scope;
    /** Another reader's deadline check: a reader working for a request keeps the request's time. */
    checkDeadline?: () => void;
    deadlineAt?: number;
  } = {},
): Reader {
  const memos = new Map<string, Promise<unknown>>();
  const deadlineMs = options.deadlineMs ?? 10_000;
  const deadline = options.deadlineAt ?? Date.now() + deadlineMs;
  const checkDeadline =
    options.checkDeadline ??
    (() => {
      if (Date.now() > deadline)
        throw appError('server/timeout', { seconds: String(Math.round(deadlineMs / 1000)) });
    });
  const scope = options.scope ?? scopeOf(viewer);
  return {
    db,
    viewer,
    scope,
    today,
    loaders: createLoaders(db, scope, checkDeadline),
    memo: <T>(key: string, compute: () => Promise<T>) => {
      checkDeadline();
      let value = memos.get(key) as Promise<T> | undefined;
      if (!value) memos.set(key, (value = compute()));
      return value;
    },
    checkDeadline,
    deadlineAt: deadline,
  };
}

/** The reader of the same request as another viewer would see it (a user describing itself at login). */
export function readerAs(r: Reader, viewer: Viewer): Reader {
  const same = r.viewer.kind === 'user' && viewer.kind === 'user' && r.viewer.id === viewer.id;
  return same
    ? r
    : createReader(r.db, viewer, r.today, {
        checkDeadline: r.checkDeadline,
        deadlineAt: r.deadlineAt,
      });
}
