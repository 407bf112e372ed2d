/**
 * Answers to queries are kept in memory, as the exact JSON text that was sent, and sent again
 * while nothing has changed. The key holds the query, its operation name and variables, who asks
 * (viewer, role and scope), "today" and the database's data version, which every write moves on
 * (`services/figures.ts`). An instance therefore never serves an answer older than the last write
 * of any instance on the same database, and keeps no state that another instance would need.
 *
 * The cache sits in front of Apollo, after the request's viewer is known (a logged-out or expired
 * token is refused before any answer is looked up): a kept answer skips parsing, validation, the
 * cost check, execution and serialisation, which cost more than computing many an answer. Only
 * answers to queries without errors are kept (the plugin marks them); mutations never are.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { scopeOf, type Viewer } from '../auth/viewer.ts';
import type { Db } from '../db/client.ts';
import { dataVersion } from '../services/figures.ts';
import type { Context } from './context.ts';

/** How long an answer is kept at most (a write ends it sooner). */
const maxAgeMs = 10 * 60_000;
/** Bytes of answers (and their keys) kept at most. */
const maxBytes = 64 * 1024 * 1024;

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

const viewerKey = (viewer: Viewer) =>
  viewer.kind === 'user' ? `user:${viewer.id}:${viewer.role}` : viewer.kind;

/** Where the request's context tells the cache that its answer may be kept. */
const contextOf = (res: Response) => res.locals.context as Context | undefined;

export interface AnswerCache {
  /** Express middleware in front of Apollo: sends a kept answer, or keeps the one Apollo sends. */
  serve: RequestHandler;
  /** The Apollo plugin that marks answers that may be kept: a query's, without errors. */
  plugin: ApolloServerPlugin<Context>;
}

export function answerCache(db: Db, today: () => string): AnswerCache {
  // Kept as the bytes sent: sending a kept string would encode it again every time.
  const answers = new LRUCache<string, Buffer>({
    maxSize: maxBytes,
    sizeCalculation: (answer, key) => answer.length + key.length * 2,
    ttl: maxAgeMs,
  });
  return {
    serve: async (req, res, next) => {
      const viewer = res.locals.viewer as Viewer | null;
      const body: unknown = req.body;
      if (req.method !== 'POST' || !viewer || !isQueryBody(body)) return next();
      let key: string;
      try {
        key = JSON.stringify([
          viewerKey(viewer),
          scopeOf(viewer),
          today(),
          await dataVersion(db),
          body.operationName ?? null,
          body.query,
          body.variables ?? null,
        ]);
      } catch (err) {
        return next(err);
      }
      const kept = answers.get(key);
      if (kept !== undefined) {
        // As Apollo sends it: private answers are never stored by a browser or proxy.
        res.status(200).set('cache-control', 'no-store').type('application/json; charset=utf-8').send(kept);
        return;
      }
      const send = res.send.bind(res);
      res.send = (answer: unknown) => {
        if (res.statusCode === 200 && typeof answer === 'string' && contextOf(res)?.answer.mayBeKept)
          answers.set(key, Buffer.from(answer));
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
