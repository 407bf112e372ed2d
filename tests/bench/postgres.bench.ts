/**
 * The province overview on PostgreSQL, for `npm run bench` (scale.bench.ts runs this in its own
 * process: the engine is chosen per process from DATABASE_URL, which must name a database that
 * `npm run seed` filled). The real server in-process with its answer cache off, as on SQLite;
 * prints one JSON line: { overviewMs } (p50 over HTTP).
 */
import { pino } from 'pino';
import { RegionOverviewDocument } from '../../client/src/graphql/generated/graphql.ts';
import { startApp } from '../../server/app.ts';
import { openDb } from '../../server/db/client.ts';

const url = process.env.DATABASE_URL;
if (!url?.startsWith('postgres')) throw new Error('DATABASE_URL must name the seeded PostgreSQL database');
const repeats = Number(process.argv[2] ?? 15);

const handle = await openDb({ url });
const app = await startApp(
  {
    db: handle.db,
    logger: pino({ level: 'silent' }),
    today: () => '2024-05-31',
    security: {
      rateLimitPerMinute: 0,
      loginAttemptsPer15Min: 1000,
      requestDeadlineMs: 600_000,
      cacheAnswers: false,
    },
  },
  0,
);
async function post(query: string, variables: Record<string, unknown>, token = '') {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  return body;
}
try {
  const login = (await post('mutation { login(username: "province", password: "demo") { token } }', {})) as {
    data: { login: { token: string } };
  };
  const token = login.data.login.token;
  const query = RegionOverviewDocument.toString();
  const variables = { code: 'guangdong', year: 2023, limit: 50 };
  await post(query, variables, token); // warm-up: the first one also fills the rollup if it is missing
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    await post(query, variables, token);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ overviewMs: times[Math.floor(times.length / 2)] }));
} finally {
  await app.stop();
  await handle.close();
}
