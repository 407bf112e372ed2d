/**
 * `npm run users` against the database a running server uses, on both engines: a changed password
 * ends the user's sessions at once, is audited with who ran it, and the login page's demo list
 * (a cached answer) follows; adding a user that exists is refused with its code.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env, tsx } from '../helpers/process.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const users = (input: string, ...args: string[]) => {
  const result = spawnSync(tsx, ['scripts/users.ts', ...args], {
    env: env(server.location),
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
};

const post = async (body: unknown, token?: string) => {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${server.app.url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] },
  };
};
const login = (username: string, password: string) =>
  post({
    query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    variables: { u: username, p: password },
  });
const demoLogins = async () => (await post({ query: '{ demoLogins }' })).body.data?.demoLogins as string[];

describe('npm run users', () => {
  it('password: sessions end at once, the new password works, the change is audited and the demo list follows', async () => {
    const before = await server.token('supervisor');
    expect(await demoLogins()).toContain('supervisor');
    const run = users('a-new-password-1\n', 'password', 'supervisor');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('password of supervisor changed');

    const old = await post({ query: '{ me { username } }' }, before);
    expect(old.status).toBe(401);
    expect((await login('supervisor', 'demo')).body.errors).toBeDefined();
    const fresh = await login('supervisor', 'a-new-password-1');
    expect((fresh.body.data?.login as { token: string }).token).toBeTruthy();
    expect(await demoLogins()).not.toContain('supervisor');

    const audit = await server.query<{
      auditLog: Array<{ action: string; username: string; entityId: string }>;
    }>('{ auditLog(action: "user.password") { action username entityId } }');
    expect(audit.data?.auditLog).toHaveLength(1);
    expect(audit.data?.auditLog[0]!.username).toMatch(/^cli:/);
  });

  it('add: a new user can log in; a taken username is refused with its code, nothing written', async () => {
    const add = () =>
      users(
        'another-password\n',
        ...['add', 'evaluator-2', '--role', 'SUPERVISOR', '--stations', 'haizhu-chigang'],
      );
    const added = add();
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect((await login('evaluator-2', 'another-password')).body.data?.login).toBeTruthy();

    const again = add();
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('user/exists');
    expect(again.stderr).toContain('evaluator-2');
    const rows = await server.sql<{ n: number }>(
      "select count(*) as n from users where username = 'evaluator-2'",
    );
    expect(Number(rows[0]!.n)).toBe(1);
    const audit = await server.query<{ auditLog: Array<{ action: string }> }>(
      '{ auditLog(action: "user.add") { action } }',
    );
    expect(audit.data?.auditLog).toHaveLength(1);
  });
});
