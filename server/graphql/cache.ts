/**
 * Answers to queries are kept in memory and served again while nothing has changed: the cache
 * key holds the query, its variables, who asks (viewer and scope), "today" and the database's
 * data version, which every write moves on (`services/figures.ts`). An instance therefore
 * never serves an answer older than the last write of any instance on the same database, and
 * keeps no state that another instance would need. Mutations and answers with errors are never
 * kept (Apollo's response-cache plugin).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { scopeOf } from '../auth/viewer.ts';
import { dataVersion } from '../services/figures.ts';
import type { Context } from './context.ts';

/** Seconds an answer is kept at most (a write ends it sooner). */
const maxAgeSeconds = 600;

export function answerCache(): Array<ApolloServerPlugin<Context>> {
  return [
    // Every answer may be kept; no HTTP caching headers, so that no browser or proxy keeps one.
    ApolloServerPluginCacheControl({ defaultMaxAge: maxAgeSeconds, calculateHttpHeaders: false }),
    responseCachePlugin<Context>({
      extraCacheKeyData: async ({ contextValue: { read } }) => ({
        viewer:
          read.viewer.kind === 'user'
            ? `${read.viewer.kind}:${read.viewer.id}:${read.viewer.role}`
            : read.viewer.kind,
        scope: scopeOf(read.viewer),
        today: read.today,
        version: await dataVersion(read.db),
      }),
    }),
  ];
}
