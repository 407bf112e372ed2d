/** `npm start`: opens (creating, migrating and seeding on first start) the SQLite file and serves. */
import { pino } from 'pino';
import { startApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDb } from './db/client.ts';
import { todayIso } from './domain/dates.ts';
import { seedDemoDatabase } from './seed/index.ts';

const config = loadConfig();
const logger = pino({
  level: config.LOG_LEVEL,
  transport: process.stdout.isTTY ? { target: 'pino-pretty' } : undefined,
});

const handle = openDb({ path: config.DATABASE_PATH });
const demoAsOf = config.DEMO_AS_OF ?? todayIso();
if (seedDemoDatabase(handle.db, { asOf: demoAsOf })) {
  logger.info(
    { path: config.DATABASE_PATH, demoAsOf },
    'new database: seeded Chigang 2023 (reference) and the demo stations',
  );
}
const app = await startApp({ db: handle.db, logger }, config.PORT);
logger.info(`Station Monitor: dashboard ${app.url}/  GraphQL ${app.url}/graphql`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.stop().finally(() => {
      handle.close();
      process.exit(0);
    });
  });
}
