/**
 * `npm start`: checks the configuration and the port, opens (creating, migrating and seeding on
 * first start) the SQLite file or the PostgreSQL database of DATABASE_URL, serves, and on SIGTERM
 * or SIGINT stops cleanly: the database is checkpointed and closed, so the file alone holds every
 * row, and the process exits 0.
 */
import { createServer } from 'node:http';
import { pino } from 'pino';
import { createApp, listen } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { holdDatabaseFile } from './db/holders.ts';
import { openDatabase, StartupError } from './startup.ts';
import { todayIso } from './domain/dates.ts';
import { errorBody } from './errors.ts';

async function main() {
  const config = loadConfig();
  const logger = pino({
    level: config.LOG_LEVEL,
    transport: process.stdout.isTTY ? { target: 'pino-pretty' } : undefined,
  });
  // The port first: a port in use fails before the database is touched. Until the app is ready
  // every request is answered 503.
  const httpServer = createServer((_req, res) => {
    res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '2' });
    res.end(JSON.stringify({ errors: [errorBody('server/unavailable')] }));
  });
  await listen(httpServer, config.PORT).catch((error: NodeJS.ErrnoException) => {
    throw new StartupError(
      error.code === 'EADDRINUSE'
        ? `port ${config.PORT} is already in use (set PORT)`
        : `cannot listen on port ${config.PORT}: ${error.message}`,
    );
  });
  const demoAsOf = config.DEMO_AS_OF ?? todayIso();
  const location = config.DATABASE_URL ? { url: config.DATABASE_URL } : { path: config.DATABASE_PATH };
  const { handle, seeded } = await openDatabase(location, {
    demoAsOf,
    refuseDemoPasswords: config.NODE_ENV === 'production',
    onConnectionError: (err) =>
      logger.warn({ err }, 'a PostgreSQL connection failed while idle; the next query opens another'),
  });
  // A restore refuses to swap the file while this mark says a server holds it (scripts/backup.ts).
  const release = config.DATABASE_URL ? () => undefined : holdDatabaseFile(config.DATABASE_PATH);
  if (seeded)
    logger.info(
      { database: config.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : config.DATABASE_PATH, demoAsOf },
      'new database: seeded Chigang 2023 (reference), the demo stations and the demo users',
    );
  const app = await createApp(httpServer, {
    db: handle.db,
    logger,
    security: {
      authSecret: config.AUTH_SECRET,
      tokenTtl: config.AUTH_TOKEN_TTL,
      introspection: config.GRAPHQL_INTROSPECTION,
      rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
      loginAttemptsPer15Min: config.LOGIN_ATTEMPTS_PER_15_MIN,
      requestDeadlineMs: config.REQUEST_DEADLINE_MS,
      trustProxy: config.TRUST_PROXY,
    },
  });
  httpServer.removeAllListeners('request');
  httpServer.on('request', app.app);
  const url = `http://localhost:${config.PORT}`;
  logger.info(`Station Monitor: dashboard ${url}/  GraphQL ${url}/graphql`);

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'stopping: draining requests, checkpointing and closing the database');
      void app
        .stop()
        .catch((err: unknown) => logger.error({ err }, 'error while draining'))
        .then(() => handle.close())
        .then(release)
        .catch((err: unknown) => logger.error({ err }, 'error while closing the database'))
        .finally(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Station Monitor could not start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
  }
  process.exit(1);
});
