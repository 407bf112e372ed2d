/**
 * Answers to queries are kept in memory, as the exact JSON text that was sent, and sent again
 * while nothing has changed. The key holds the query, its operation name and variables, who asks
 * (the role and scope; the user only when the query asks for `me`), "today" and the versions of
 * what the answer can show (`services/versions.ts`): the districts in the viewer's scope, and the
 * audit trail and users only when the query reads them. Each write moves the versions it touches,
 * so an instance never serves an answer older than the last write of any instance on the same
 * database that could change it, and keeps no state that another instance would need; a login
 * (audited) ends only answers that read the audit trail.
 *
 * The cache sits in front of Apollo, after the request's viewer is known (a logged-out or expired
 * token is refused before any answer is looked up): a kept answer skips parsing, validation, the
 * cost check, execution and serialisation, which cost more than computing many an answer. Only
 * answers to queries without errors are kept (the plugin marks them); mutations never are.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { scopeOf, type Viewer } from '../auth/viewer.ts';
import type { Db } from '../db/client.ts';
import type { Scope } from '../services/scope.ts';
import { districtsOfStations, readVersions, versionKeys } from '../services/versions.ts';
import type { Context } from './context.ts';

/** How long an answer is kept at most (a write ends it sooner). */
const maxAgeMs = 10 * 60_000;
/** Bytes of answers (and their keys) kept at most. */
const maxBytes = 64 * 1024 * 1024;
/**
 * A request longer than this (its query and variables; the dashboard's are a few kB) is answered
 * but not kept: a few huge ones (a body may be 15 MB) would push out everyone's answers.
 */
const maxKeyChars = 64 * 1024;
/** Smaller answers are sent as they are (as the `compression` middleware does below 1 kB). */
const compressFrom = 1024;

/**
 * An answer as it was sent, and compressed once for the encodings clients ask for, so that a kept
 * answer is not compressed again for every request (the middleware would, at its lower levels).
 */
interface Kept {
  plain: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

async function compressed(plain: Buffer): Promise<Kept> {
  const [br, gz] = await Promise.all([
    compressBrotli(plain, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 9,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
      },
    }),
    compressGzip(plain, { level: 9 }),
  ]);
  return { plain, br, gzip: gz };
}

const sizeOf = (kept: Kept) => kept.plain.length + (kept.br?.length ?? 0) + (kept.gzip?.length ?? 0);

/** Sends a kept answer in the best encoding the client accepts that is kept. */
function sendKept(req: Request, res: Response, kept: Kept): void {
  res.status(200).type('application/json; charset=utf-8');
  // Said, so that a client, a proxy's log or the benchmark can count what the cache answers.
  res.setHeader('x-answer-cache', 'hit');
  if (kept.plain.length >= compressFrom) res.vary('Accept-Encoding');
  // Brotli first, as the `compression` middleware prefers it; nothing for a client that names none.
  const encoding = !req.headers['accept-encoding']
    ? undefined
    : (['br', 'gzip'] as const).find((e) => kept[e] && req.acceptsEncodings(e) === e);
  const body = encoding && kept[encoding];
  if (body) {
    // Already encoded: the `compression` middleware leaves such a response as it is.
    res.set('content-encoding', encoding).send(body);
    return;
  }
  res.send(kept.plain);
}

interface QueryBody {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

function isQueryBody(body: unknown): body is QueryBody {
  if (typeof body !== 'object' || body === null) return false;
  const { query, operationName, variables } = body as Record<string, unknown>;
  return (
    typeof query === 'string' &&
    (operationName == null || typeof operationName === 'string') &&
    (variables == null || typeof variables === 'object')
  );
}

/** Whose answer it is: the role and what it may see, not the user (two bureaus of a district share). */
const roleOf = (viewer: Viewer) => (viewer.kind === 'user' ? viewer.role : viewer.kind);
/** Fields whose answer is the user's own (`me`), or that read users or the audit trail. */
const asksMe = /\bme\b/;
const asksUsers = /\b(me|demoLogins)\b/;
const asksAudit = /\bauditLog\b/;

/**
 * The versions a query's answer depends on: everything's, the districts the viewer sees (a
 * region-wide viewer: any district's), and the audit trail's and users' when it reads them.
 */
async function versionsOf(
  db: Db,
  scope: Scope,
  query: string,
  stationDistricts: Map<number, number>,
): Promise<string[]> {
  const keys = [versionKeys.all];
  if (scope.kind === 'all' || scope.kind === 'regions') keys.push(versionKeys.any);
  else if (scope.kind === 'districts') keys.push(...scope.districtIds.map(versionKeys.district));
  else {
    const unknown = scope.stationIds.filter((id) => !stationDistricts.has(id));
    for (const [id, districtId] of await districtsOfStations(db, unknown))
      stationDistricts.set(id, districtId);
    const districts = new Set(scope.stationIds.map((id) => stationDistricts.get(id) ?? -1));
    keys.push(...[...districts].sort((a, b) => a - b).map(versionKeys.district));
  }
  if (asksAudit.test(query)) keys.push(versionKeys.audit);
  if (asksUsers.test(query)) keys.push(versionKeys.users);
  const values = await readVersions(db, keys);
  return keys.map((key, i) => `${key}=${values[i]}`);
}

/** Where the request's context tells the cache that its answer may be kept. */
const contextOf = (res: Response) => res.locals.context as Context | undefined;

export interface AnswerCache {
  /** Express middleware in front of Apollo: sends a kept answer, or keeps the one Apollo sends. */
  serve: RequestHandler;
  /** The Apollo plugin that marks answers that may be kept: a query's, without errors. */
  plugin: ApolloServerPlugin<Context>;
}

export function answerCache(db: Db, today: () => string): AnswerCache {
  /** Stations' districts, as versions are kept per district (stations never move). */
  const stationDistricts = new Map<number, number>();
  // Kept as the bytes sent: sending a kept string would encode it again every time.
  const answers = new LRUCache<string, Kept>({
    maxSize: maxBytes,
    sizeCalculation: (kept, key) => sizeOf(kept) + key.length * 2,
    ttl: maxAgeMs,
  });
  /**
   * Answers being computed, by key: a request for the same answer waits for it instead of
   * computing it again (after a write, the twenty users of a page would otherwise all compute
   * it at once, and each of them more slowly). Settled with the kept answer, or null when the
   * answer was not kept (an error): the waiters then compute their own.
   */
  const computing = new Map<string, Promise<Kept | null>>();
  /** Keeps an answer at once, and its compressed copies when they are ready (off the main thread). */
  const keep = (key: string, answer: string): Kept => {
    const kept: Kept = { plain: Buffer.from(answer) };
    answers.set(key, kept);
    if (kept.plain.length < compressFrom) return kept;
    compressed(kept.plain).then(
      // Unless a write has ended it (or it was pushed out) in the meantime.
      (complete) => answers.peek(key) === kept && answers.set(key, complete, { noUpdateTTL: true }),
      () => undefined, // the plain answer stays kept and is compressed per request
    );
    return kept;
  };
  return {
    serve: async (req, res, next) => {
      const viewer = res.locals.viewer as Viewer | null;
      const body: unknown = req.body;
      if (req.method !== 'POST' || !viewer || !isQueryBody(body)) return next();
      // Only a query's answer is kept: a mutation (an import carries megabytes of base64 in its
      // variables) is not worth a key.
      if (/\bmutation\b/.test(body.query)) return next();
      let key: string;
      try {
        const scope = scopeOf(viewer);
        key = JSON.stringify([
          roleOf(viewer),
          scope,
          viewer.kind === 'user' && asksMe.test(body.query) ? viewer.id : null,
          today(),
          await versionsOf(db, scope, body.query, stationDistricts),
          body.operationName ?? null,
          body.query,
          body.variables ?? null,
        ]);
      } catch (err) {
        return next(err);
      }
      if (key.length > maxKeyChars) return next();
      const kept = answers.get(key) ?? (await computing.get(key));
      // With the headers of a computed answer (`no-store` is set for every answer in app.ts).
      if (kept) return sendKept(req, res, kept);
      let settle: (kept: Kept | null) => void = () => undefined;
      const owner = !computing.has(key);
      if (owner) {
        computing.set(key, new Promise((resolve) => (settle = resolve)));
        // However the request ends (sent, failed, the client gone), its waiters are let go.
        res.once('close', () => {
          computing.delete(key);
          settle(null);
        });
      }
      const send = res.send.bind(res);
      res.send = (answer: unknown) => {
        const keepIt =
          res.statusCode === 200 && typeof answer === 'string' && contextOf(res)?.answer.mayBeKept;
        const kept = keepIt ? keep(key, answer) : null;
        if (owner) {
          computing.delete(key);
          settle(kept);
        }
        return send(answer);
      };
      return next();
    },
    plugin: {
      requestDidStart: async () => ({
        willSendResponse: async ({ contextValue, operation, response }) => {
          contextValue.answer.mayBeKept =
            operation?.operation === 'query' &&
            response.body.kind === 'single' &&
            response.body.singleResult.errors === undefined &&
            (response.http.status ?? 200) === 200;
        },
      }),
    },
  };
}
