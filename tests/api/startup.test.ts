/**
 * Start and stop as an operator meets them: `server/main.ts` in real processes. Configuration
 * errors in one line, the port checked before the database, another program's database refused,
 * two first starts on one new file, a clean stop on SIGTERM, backup and restore.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { SignJWT } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { buildServer, env, freePort, runToEnd, start, tsx } from '../helpers/process.ts';

const dir = mkdtempSync(join(tmpdir(), 'station-monitor-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const oneLine = (text: string) => {
  expect(text.split('\n')).toHaveLength(1);
  expect(text).not.toMatch(/\n\s+at |ZodError|node_modules/);
};

/** The demo bureau's token from the server on `port`. */
async function logInAsBureau(port: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(username: "bureau", password: "demo") { token } }' }),
  });
  return ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
}

/** A dry-run import of `file` into Chigang 2023 through the API; `fields` are what the answer gives. */
async function importFile<T>(port: number, token: string, fileName: string, file: Buffer, fields: string) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: `mutation($i: ImportTableInput!) { importTable(input: $i) { ${fields} } }`,
      variables: {
        i: { stationCode: 'haizhu-chigang', year: 2023, fileName, contentBase64: file.toString('base64') },
      },
    }),
  });
  return ((await res.json()) as { data: { importTable: T } }).data.importTable;
}

describe('configuration', () => {
  it('PORT=abc stops with one readable line naming PORT, exit 1', () => {
    const { code, stderr } = runToEnd({ PORT: 'abc', DATABASE_PATH: join(dir, 'abc.db') });
    expect(code).toBe(1);
    oneLine(stderr);
    expect(stderr).toContain('PORT="abc"');
    expect(existsSync(join(dir, 'abc.db'))).toBe(false);
  });

  it('an empty PORT means the default, not a random port', () => {
    expect(loadConfig({ PORT: '' }).PORT).toBe(4000);
    expect(() => loadConfig({ PORT: '0' })).toThrow(/PORT="0"/);
  });

  it('without AUTH_SECRET a random secret is made at first start, kept in the database, never a known string', async () => {
    const path = join(dir, 'secret.db');
    const asBureau = async (port: number, token: string) => {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { username } }' }),
      });
      return { status: res.status, body: (await res.json()) as { data?: { me: { username: string } } } };
    };
    const storedSecret = () => {
      const db = new Database(path, { readonly: true });
      try {
        return (db.prepare("select value from settings where key = 'auth_secret'").get() as { value: string })
          .value;
      } finally {
        db.close();
      }
    };
    // The string the repository once held, and a token signed with it as user 1 (the bureau).
    const oldDevelopmentSecret = 'station-monitor-development-secret-not-for-production';
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('1')
      .setIssuer('station-monitor')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(oldDevelopmentSecret));

    const first = await start({ DATABASE_PATH: path });
    let token: string;
    try {
      token = await logInAsBureau(first.port);
      expect((await asBureau(first.port, token)).body.data?.me.username).toBe('bureau');
      expect((await asBureau(first.port, forged)).status).toBe(401);
    } finally {
      first.child.kill('SIGTERM');
      await first.exited;
    }
    const secret = storedSecret();
    expect(secret.length).toBeGreaterThanOrEqual(64);
    expect(secret).not.toContain('station-monitor');
    // A restart signs and checks with the same secret: the login before it still works.
    const second = await start({ DATABASE_PATH: path });
    try {
      expect((await asBureau(second.port, token)).body.data?.me.username).toBe('bureau');
      expect(storedSecret()).toBe(secret);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});

describe('the database file', () => {
  it('a port in use fails before the database is touched', async () => {
    const port = await freePort();
    const holder = createServer().listen(port);
    try {
      const path = join(dir, 'busy-port.db');
      const { code, stderr } = runToEnd({ PORT: String(port), DATABASE_PATH: path });
      expect(code).toBe(1);
      oneLine(stderr);
      expect(stderr).toContain(`port ${port} is already in use`);
      expect(existsSync(path)).toBe(false);
    } finally {
      holder.close();
    }
  });

  it("another program's SQLite file is refused, named, and left unchanged", async () => {
    const path = join(dir, 'other-program.db');
    const other = new Database(path);
    other.exec(
      'create table invoices (id integer primary key, amount real); insert into invoices values (1, 9.5)',
    );
    other.close();
    const before = sha(path);
    const { code, stderr } = runToEnd({ PORT: String(await freePort()), DATABASE_PATH: path });
    expect(code).toBe(1);
    oneLine(stderr);
    expect(stderr).toContain(path);
    expect(stderr).toContain("another program's database");
    expect(sha(path)).toBe(before);
  });

  it('a file that is not a database is refused in one line', async () => {
    const path = join(dir, 'notes.db');
    writeFileSync(path, 'these are not the tables you are looking for\n'.repeat(200));
    const { code, stderr } = runToEnd({ PORT: String(await freePort()), DATABASE_PATH: path });
    expect(code).toBe(1);
    oneLine(stderr);
    expect(stderr).toContain('not a readable SQLite database');
  });

  it('two processes starting on one new file both come up, and seed it once', async () => {
    const path = join(dir, 'together.db');
    const [a, b] = await Promise.all([start({ DATABASE_PATH: path }), start({ DATABASE_PATH: path })]);
    try {
      const db = new Database(path, { readonly: true });
      expect(db.prepare('select count(*) as n from districts').get()).toEqual({ n: 1 });
      expect(db.prepare('select count(*) as n from users').get()).toEqual({ n: 8 });
      db.close();
    } finally {
      a.child.kill('SIGTERM');
      b.child.kill('SIGTERM');
      await Promise.all([a.exited, b.exited]);
    }
  });
});

describe('stopping, backup and restore', () => {
  it('SIGTERM exits 0 with every row in the database file itself (the WAL checkpointed)', async () => {
    const path = join(dir, 'stop.db');
    const { child, exited } = await start({ DATABASE_PATH: path });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const wal = `${path}-wal`;
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
    // The .db alone, as someone copying only it would have it.
    const copy = join(dir, 'stop-copy.db');
    copyFileSync(path, copy);
    const db = new Database(copy, { readonly: true });
    expect((db.prepare('select count(*) as n from stations').get() as { n: number }).n).toBe(18);
    db.close();
  });

  it('SIGTERM exits 0 after a large import too (worker threads alive, Apollo not racing the stop)', async () => {
    const { child, port, exited } = await start({ DATABASE_PATH: join(dir, 'imported.db') });
    const token = await logInAsBureau(port);
    // 1 MB of base64: its body is parsed by a worker thread, the file read by another.
    const file = Buffer.from(
      'area,indicator,period,target,actual\n' + 'A,phone_visits,2023-07,10,1\n'.repeat(28_000),
    );
    expect(await importFile<{ layout: string }>(port, token, 'big.csv', file, 'layout')).toEqual({
      layout: 'LONG',
    });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('the compiled server (npm start runs Node on dist/, no tsx) serves the dashboard, reads a file in its worker and stops cleanly', async () => {
    buildServer();
    const { child, port, exited } = await start(
      { DATABASE_PATH: join(dir, 'compiled.db') },
      { compiled: true },
    );
    const spawnargs = child.spawnargs.join(' ');
    expect(spawnargs).toContain('dist/server/main.js');
    expect(spawnargs).not.toContain('tsx');
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="app"');
    const token = await logInAsBureau(port);
    // Annex 1 as the report prints it: read by the import worker, found from the project's root.
    const read = await importFile(
      port,
      token,
      'annex1.tsv',
      readFileSync('tests/fixtures/chigang/annex1.tsv'),
      'layout problems { code }',
    );
    // Read whole: only the report's own three sub-headers that disagree with their numbers.
    expect(read).toEqual({
      layout: 'WIDE',
      problems: Array.from({ length: 3 }, () => ({ code: 'import/subheader_mismatch' })),
    });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('SIGINT exits 0 too', async () => {
    const { child, exited } = await start({ DATABASE_PATH: join(dir, 'interrupt.db') });
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });

  it('npm run backup while the server runs, then npm run restore brings the data back', async () => {
    const path = join(dir, 'live.db');
    const backup = join(dir, 'live-backup.db');
    const { child, exited } = await start({ DATABASE_PATH: path });
    try {
      const run = (command: string, target: string) =>
        spawnSync(tsx, ['scripts/backup.ts', command, target], {
          env: env({ DATABASE_PATH: path }),
          encoding: 'utf8',
        });
      const made = run('backup', backup);
      expect(made.status, made.stderr).toBe(0);
      // Not while the server holds the file: its later writes would be lost. Nothing is changed.
      const before = sha(path);
      const busy = run('restore', backup);
      expect(busy.status).toBe(1);
      expect(busy.stderr).toContain(`a server (process ${child.pid}) is using`);
      expect(busy.stderr).toContain('stop it first');
      expect(sha(path)).toBe(before);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(readdirSync(dir).filter((name) => name.startsWith('live.db.server-'))).toEqual([]);
      // Something is lost after the backup…
      const live = new Database(path);
      live.exec(
        `delete from audit_log; update stations set name_zh = 'changed' where code = 'haizhu-chigang'`,
      );
      live.close();
      // …and restored from it.
      const restored = run('restore', backup);
      expect(restored.status, restored.stderr).toBe(0);
      const db = new Database(path, { readonly: true });
      expect(db.prepare(`select name_zh from stations where code = 'haizhu-chigang'`).get()).toEqual({
        name_zh: '海珠区赤岗街社工服务站',
      });
      db.close();
      const refused = run('restore', join(dir, 'notes.db'));
      expect(refused.status).toBe(1);
      // A mark left by a server killed outright does not stop a restore.
      writeFileSync(`${path}.server-999999999`, '');
      expect(run('restore', backup).status).toBe(0);
      expect(existsSync(`${path}.server-999999999`)).toBe(false);
    } finally {
      if (child.exitCode == null) child.kill('SIGTERM');
    }
  });

  it('NODE_ENV=production refuses to start while a demo user has the demo password', async () => {
    const path = join(dir, 'stop.db'); // seeded above with the demo users
    const { code, stderr } = runToEnd({
      NODE_ENV: 'production',
      AUTH_SECRET: 'x'.repeat(40),
      PORT: String(await freePort()),
      DATABASE_PATH: path,
    });
    expect(code).toBe(1);
    oneLine(stderr);
    expect(stderr).toContain("demo user 'bureau'");
  });
});
