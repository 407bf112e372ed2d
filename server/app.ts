/**
 * The HTTP server: GraphQL at /graphql, the built dashboard at /, /healthz, on one port. Used by
 * `server/main.ts` and by the API and browser tests. Security lives here in one place: headers,
 * compression, rate limits, body limits, document limits, the login, coded errors.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { createLoginLimiter, createRequestLimiter } from './auth/limits.ts';
import { createTokens } from './auth/tokens.ts';
import { viewerFromHeader, type Viewer } from './auth/viewer.ts';
import type { Db } from './db/client.ts';
import { districts } from './db/schema.ts';
import { retryAfterSeconds } from './db/unavailable.ts';
import { todayIso } from './domain/dates.ts';
import { appError } from './errors.ts';
import { answerCache } from './graphql/cache.ts';
import { createContext, type Context } from './graphql/context.ts';
import { resolvers, typeDefs } from './graphql/schema.ts';
import { storedAuthSecret } from './services/secrets.ts';
import { fromRoot } from './lib/root.ts';
import { bodyPart, jsonBody } from './http/body.ts';
import { answerClientErrors } from './http/clientErrors.ts';
import { expressErrorHandler, formatGraphQLError, sendError, unavailableStatus } from './http/errors.ts';
import { documentLimits, queryLimits, type QueryLimits } from './http/limits.ts';
import { serveClient } from './http/static.ts';
import { nextTurn } from './lib/turns.ts';

export const clientDist = fromRoot('client/dist');

export interface SecurityOptions {
  /** Signs login tokens; unset: the database's own random secret (`services/secrets.ts`). */
  authSecret?: string;
  tokenTtl: string;
  introspection: boolean;
  rateLimitPerMinute: number;
  loginAttemptsPer15Min: number;
  requestDeadlineMs: number;
  trustProxy?: string;
  /** Document limits (depth, aliases, tokens, directives, cost); the defaults suit the dashboard. */
  queryLimits: QueryLimits;
  /** Keep answers to queries until the next write (`graphql/cache.ts`); off only to measure without. */
  cacheAnswers: boolean;
}

export const defaultSecurity: SecurityOptions = {
  tokenTtl: '8h',
  introspection: true,
  rateLimitPerMinute: 600,
  loginAttemptsPer15Min: 10,
  requestDeadlineMs: 10_000,
  queryLimits,
  cacheAnswers: true,
};

export interface AppOptions {
  db: Db;
  logger: Logger;
  /** Overrides "today" (tests pin it so that figures do not drift with the calendar). */
  today?: () => string;
  security?: Partial<SecurityOptions>;
}

export interface RunningApp {
  url: string;
  port: number;
  server: Server;
  stop(): Promise<void>;
}

/** The page's Content-Security-Policy: everything from this origin; inline styles for Element Plus and ECharts. */
const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/** Builds the app on an HTTP server that is already listening (or about to). */
export async function createApp(httpServer: Server, options: AppOptions) {
  const { db, logger, today = todayIso } = options;
  const security = { ...defaultSecurity, ...options.security };
  const tokens = createTokens(security.authSecret ?? (await storedAuthSecret(db)), security.tokenTtl);
  const loginLimiter = createLoginLimiter(security.loginAttemptsPer15Min);
  const requestLimiter = createRequestLimiter(security.rateLimitPerMinute);
  answerClientErrors(httpServer);
  const app = express();
  app.disable('x-powered-by');
  // No ETag on answers: a POST is never revalidated, and hashing every answer costs time.
  // (The dashboard's files have their own, from express.static.)
  app.set('etag', false);
  if (security.trustProxy)
    app.set(
      'trust proxy',
      /^\d+$/.test(security.trustProxy) ? Number(security.trustProxy) : security.trustProxy,
    );
  app.use(
    helmet({
      contentSecurityPolicy,
      referrerPolicy: { policy: 'same-origin' },
      strictTransportSecurity: false,
    }),
  );
  app.use(compression());

  const limits = documentLimits(security.queryLimits);
  const answers = security.cacheAnswers ? answerCache(db, today) : null;
  const apollo = new ApolloServer<Context>({
    typeDefs,
    resolvers,
    introspection: security.introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // \`npm start\` stops on SIGTERM and SIGINT itself (drain, checkpoint, exit 0). Apollo's own
    // handlers would race it: a second stop() waits on a barrier Apollo never resolves when the
    // first succeeds, and the process hung whenever anything (a worker thread) kept it alive.
    stopOnTerminationSignals: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used (answers are kept by `answerCache`); Apollo's default cache-control
      // plugin would still wrap every field's resolver to compute them: a third of the time of the
      // scope test's 38 MB answer (6.9 s → 4.6 s without it).
      ApolloServerPluginCacheControlDisabled(),
      ...limits.plugins,
      unavailableStatus,
      // Each execution starts in a turn of its own (`lib/turns.ts`): requests that arrived
      // together are not run back to back while /healthz and cached answers wait.
      { requestDidStart: async () => ({ executionDidStart: async () => void (await nextTurn()) }) },
      ...(answers ? [answers.plugin] : []),
    ],
    formatError: formatGraphQLError(logger),
  });
  await apollo.start();

  app.use('/graphql', async (req, res, next) => {
    // Answers are private to their viewer: never stored by a browser or a proxy.
    res.setHeader('cache-control', 'no-store');
    const wait = await requestLimiter.take(req.ip ?? 'unknown');
    if (wait === 0) return next();
    res.setHeader('Retry-After', String(wait));
    return sendError(res, 'request/rate_limited', { seconds: String(wait) });
  });
  // The viewer is known before the body is read: a logged-in user may send a file to import
  // (base64, up to 10 MB of file; a large body is parsed off the main thread); anyone else gets
  // the small limit.
  const smallBody = jsonBody('1mb');
  const importBody = jsonBody('15mb');
  app.use(
    '/graphql',
    async (req, res, next) => {
      try {
        res.locals.viewer = await viewerFromHeader(db, tokens, req.headers.authorization);
      } catch (err) {
        return next(err);
      }
      const viewer = res.locals.viewer as Viewer | null;
      return (viewer?.kind === 'user' ? importBody : smallBody)(req, res, next);
    },
    ...(answers ? [answers.serve] : []),
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const viewer = res.locals.viewer as Viewer | null;
        if (!viewer) throw appError('auth/bad_token');
        const req = res.req;
        const auth = { tokens, loginLimiter, ip: req.ip ?? 'unknown' };
        const context = createContext(db, viewer, today(), auth, security.requestDeadlineMs, (text) =>
          bodyPart(res, text),
        );
        res.locals.context = context;
        return context;
      },
    }),
  );
  app.get('/healthz', async (_req, res) => {
    try {
      await db.select({ id: districts.id }).from(districts).limit(1);
      res.json({ ok: true });
    } catch (err) {
      logger.error({ err }, 'health check: the database does not answer');
      res.setHeader('Retry-After', String(retryAfterSeconds));
      sendError(res, 'server/unavailable');
    }
  });
  serveClient(app, clientDist, logger);
  app.use((_req, res) => sendError(res, 'request/not_found'));
  app.use(expressErrorHandler(logger));
  return { app, stop: () => apollo.stop() };
}

/** Listens on `port` (0: any free port), then serves the app. */
export async function startApp(options: AppOptions, port: number): Promise<RunningApp> {
  const httpServer = createServer();
  await listen(httpServer, port);
  const { app, stop } = await createApp(httpServer, options);
  httpServer.on('request', app);
  const actualPort = (httpServer.address() as AddressInfo).port;
  return { url: `http://localhost:${actualPort}`, port: actualPort, server: httpServer, stop };
}

/** Binds the port, failing with the system's error (EADDRINUSE …) rather than hanging. */
export function listen(server: Server, port: number): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, () => {
      server.off('error', fail);
      done();
    });
  });
}
