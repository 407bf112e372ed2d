/**
 * PostgreSQL as deployments beyond one machine meet it: several stateless instances of the real
 * server (`server/main.ts` in real processes) on one database behind a load balancer. They start
 * together on a new database and seed it once; a login on one works on the other; a write through
 * one is seen at once through the other (the cached answers end with the database's data
 * version). A database of another program is refused. Runs in the test run's PostgreSQL project.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../../server/db/client.ts';
import { doubledFiguresSql, migrationsUpTo } from '../helpers/migrations.ts';
import { clonePgDatabase, type PgDatabase } from '../helpers/pg.ts';
import { env, freePort, runToEnd, start, tsx } from '../helpers/process.ts';

const dropped: PgDatabase[] = [];
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(
    children.map((c) => new Promise((done) => (c.exitCode != null ? done(0) : c.on('exit', done)))),
  );
  for (const db of dropped) await db.drop();
});

async function rows<T>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

async function graphql<T>(port: number, query: string, token?: string, variables?: unknown) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: Array<{ extensions?: { code?: string } }> };
}

const TARGET = `{ station(code: "haizhu-xingang") { contract(year: 2024) {
  indicatorStatuses { indicator { code } area { code } target } } } }`;
type TargetAnswer = {
  station: {
    contract: { indicatorStatuses: Array<{ indicator: { code: string }; area: null; target: number }> };
  };
};
const surveys = (answer: { data?: TargetAnswer }) =>
  answer.data?.station.contract.indicatorStatuses.find(
    (s) => s.indicator.code === 'community_surveys' && !s.area,
  )?.target;

describe('two instances on one PostgreSQL database', () => {
  it('start together on a new database, seed it once, and serve the same data: a write through one is read through the other', async () => {
    const db = await clonePgDatabase({ empty: true });
    dropped.push(db);
    const [portA, portB] = [await freePort(), await freePort()];
    const [a, b] = await Promise.all([
      start({ DATABASE_URL: db.url, PORT: String(portA) }),
      start({ DATABASE_URL: db.url, PORT: String(portB) }),
    ]);
    children.push(a.child, b.child);

    // Migrated and seeded exactly once, though both started on the empty database.
    expect(await rows(db.url, 'select count(*)::int as n from districts')).toEqual([{ n: 1 }]);
    expect(await rows(db.url, 'select count(*)::int as n from users')).toEqual([{ n: 8 }]);
    const migrations = await rows<{ n: number }>(
      db.url,
      'select count(*)::int as n from drizzle.__drizzle_migrations',
    );
    expect(migrations[0]!.n).toBeGreaterThan(0);

    // A token from one instance is good on the other: they share the signing secret, not memory.
    const login = await graphql<{ login: { token: string } }>(
      portA,
      'mutation { login(username: "bureau", password: "demo") { token } }',
    );
    const token = login.data!.login.token;
    const before = await graphql<TargetAnswer>(portB, TARGET, token);
    expect(before.errors).toBeUndefined();
    // Asked twice, so that instance A holds the answer in its cache.
    await graphql<TargetAnswer>(portA, TARGET, token);
    const cachedOnA = await graphql<TargetAnswer>(portA, TARGET, token);
    expect(surveys(cachedOnA)).toBe(surveys(before));

    const value = (surveys(before) ?? 0) + 7;
    const written = await graphql<{ setTarget: { replaced: boolean } }>(
      portB,
      'mutation($i: TargetInput!) { setTarget(input: $i) { replaced } }',
      token,
      { i: { stationCode: 'haizhu-xingang', year: 2024, indicatorCode: 'community_surveys', value } },
    );
    expect(written.errors).toBeUndefined();
    expect(surveys(await graphql<TargetAnswer>(portA, TARGET, token))).toBe(value);
    expect(surveys(await graphql<TargetAnswer>(portB, TARGET, token))).toBe(value);
  }, 120_000);
});

describe('a PostgreSQL connection that fails while idle', () => {
  it('is reported and replaced: the instance keeps serving (an administrator ends every connection)', async () => {
    const db = await clonePgDatabase();
    dropped.push(db);
    const server = await start({ DATABASE_URL: db.url });
    children.push(server.child);
    let log = '';
    server.child.stdout?.on('data', (d) => (log += String(d)));
    const login = await graphql<{ login: { token: string } }>(
      server.port,
      'mutation { login(username: "bureau", password: "demo") { token } }',
    );
    const token = login.data!.login.token;
    expect((await graphql<TargetAnswer>(server.port, TARGET, token)).errors).toBeUndefined();

    // As a restart or `pg_terminate_backend` does: every connection of the instance ends.
    // (Materialized first, so that this session is never among those it ends.)
    const ended = await rows<{ pid: number }>(
      db.url,
      `with others as materialized (select pid from pg_stat_activity
         where datname = current_database() and pid <> pg_backend_pid())
       select pid from others where pg_terminate_backend(pid)`,
    );
    expect(ended.length).toBeGreaterThan(0);
    await expect.poll(() => log, { timeout: 10_000 }).toContain('a PostgreSQL connection failed while idle');
    expect(server.child.exitCode).toBeNull();
    // Not from the answer cache: a query it has not answered yet reads through new connections.
    const again = await graphql<{ districts: Array<{ code: string }> }>(
      server.port,
      '{ districts { code } }',
      token,
    );
    expect(again.errors).toBeUndefined();
    expect(again.data?.districts.map((d) => d.code)).toEqual(['haizhu']);
  }, 120_000);
});

describe('the database DATABASE_URL names', () => {
  it("another program's database is refused in one line, and nothing is written into it", async () => {
    const db = await clonePgDatabase({ empty: true });
    dropped.push(db);
    await rows(db.url, 'create table customers (id integer primary key, name text)');
    const { code, stderr } = runToEnd({ DATABASE_URL: db.url, PORT: String(await freePort()) });
    expect(code).toBe(1);
    expect(stderr).toMatch(/another program's tables \(customers\)/);
    expect(stderr.split('\n')).toHaveLength(1);
    const tables = await rows<{ name: string }>(
      db.url,
      "select table_name as name from information_schema.tables where table_schema in ('public', 'drizzle')",
    );
    expect(tables.map((t) => t.name)).toEqual(['customers']);
  });

  it('an unreachable server is one readable line naming DATABASE_URL', async () => {
    const { code, stderr } = runToEnd({
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      PORT: String(await freePort()),
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/DATABASE_URL does not reach a PostgreSQL database/);
    expect(stderr.split('\n')).toHaveLength(1);
  });

  it('npm run backup points to pg_dump rather than copying a SQLite file', () => {
    const result = spawnSync(tsx, ['scripts/backup.ts', 'backup', 'never-written.db'], {
      env: env({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/any' }),
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/pg_dump/);
  });
});

describe('the unique period indexes (migrations 0006 and 0007)', () => {
  it('keep a figure stored twice once, the newest, the others in replaced_values, and refuse a new copy', async () => {
    const db = await clonePgDatabase({ empty: true });
    dropped.push(db);
    // The migrations as they stood before the indexes: the journal cut at 0005.
    const folder = mkdtempSync(join(tmpdir(), 'station-monitor-pg-migrations-'));
    const pool = new pg.Pool({ connectionString: db.url });
    try {
      const before = migrationsUpTo('drizzle-pg', '0005_unknown_practice_and_english', folder);
      await migrate(drizzle({ client: pool }), { migrationsFolder: before });
      await pool.query(doubledFiguresSql);
    } finally {
      await pool.end();
      rmSync(folder, { recursive: true, force: true });
    }

    const handle = await openDb({ url: db.url });
    await handle.close();
    expect(
      await rows(db.url, 'select id, area_id, period_start, value from progress_entries order by id'),
    ).toEqual([
      { id: 2, area_id: null, period_start: '2023-06-01', value: 40 },
      { id: 4, area_id: 1, period_start: '2023-07-01', value: 12 },
      { id: 5, area_id: 1, period_start: '2023-08-01', value: 7 },
    ]);
    const kept = await rows<{ entity: string; entity_id: number; before: Record<string, unknown> }>(
      db.url,
      'select entity, entity_id, before from replaced_values order by entity_id',
    );
    expect(kept.map((r) => [r.entity, r.entity_id])).toEqual([
      ['progress_entry', 1],
      ['progress_entry', 3],
    ]);
    expect(kept[1]!.before).toMatchObject({ id: 3, areaId: 1, periodEnd: '2023-07-31', value: 10 });
    await expect(
      rows(
        db.url,
        "insert into progress_entries (contract_id, indicator_id, area_id, period_start, period_end, value, source) values (1, 1, null, '2023-06-01', '2023-06-30', 1, 'manual')",
      ),
    ).rejects.toThrow(/progress_total_period/);
  });
});
