/**
 * The HTTP server: GraphQL at /graphql and the built dashboard at / (with SPA fallback),
 * on one port. Used by `server/main.ts` and by the API and browser tests.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import { createServer } from 'node:http';
import type { Logger } from 'pino';
import type { Db } from './db/client.ts';
import { todayIso } from './domain/dates.ts';
import { errorMessages } from './errors.ts';
import { createContext, type Context } from './graphql/context.ts';
import { resolvers, typeDefs } from './graphql/schema.ts';
import { fullScope } from './services/scope.ts';

export const clientDist = resolve(dirname(fileURLToPath(import.meta.url)), '../client/dist');

export interface AppOptions {
  db: Db;
  logger: Logger;
  /** Overrides "today" (tests pin it so that figures do not drift with the calendar). */
  today?: () => string;
}

export interface RunningApp {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startApp(
  { db, logger, today = todayIso }: AppOptions,
  port: number,
): Promise<RunningApp> {
  const app = express();
  const httpServer: Server = createServer(app);
  const apollo = new ApolloServer<Context>({
    typeDefs,
    resolvers,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => {
      // A Date literal that fails to parse reaches us wrapped in a validation error: keep its own code.
      // (Checked by shape: graphql can be loaded twice, as ESM and CJS, which defeats instanceof.)
      const inner = (error as { originalError?: { message: string; extensions?: Record<string, unknown> } })
        .originalError;
      const innerCode = inner?.extensions?.code;
      if (inner && typeof innerCode === 'string' && innerCode in errorMessages) {
        return {
          ...formatted,
          message: inner.message,
          extensions: { ...formatted.extensions, ...inner.extensions },
        };
      }
      const code = formatted.extensions?.code;
      if (
        typeof code === 'string' &&
        (code in errorMessages || code.startsWith('GRAPHQL_') || code === 'BAD_USER_INPUT')
      )
        return formatted;
      // Unknown failures are logged in full and reach the client without internals.
      logger.error({ err: error }, 'unexpected GraphQL error');
      const { zh, en } = errorMessages['server/internal'];
      return { message: en, extensions: { code: 'server/internal', messageZh: zh, messageEn: en } };
    },
  });
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      // Access control will fill the scope from the login; until then every caller sees all.
      context: async () => createContext(db, fullScope, today()),
    }),
  );
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  if (existsSync(clientDist)) {
    app.use(express.static(clientDist, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!graphql).*/, (_req, res) => {
      res.sendFile(resolve(clientDist, 'index.html'));
    });
  } else {
    logger.warn({ clientDist }, 'client is not built: run `npm run build` to serve the dashboard');
  }
  await new Promise<void>((done) => httpServer.listen(port, done));
  const actualPort = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${actualPort}`,
    port: actualPort,
    stop: async () => {
      await apollo.stop();
    },
  };
}
