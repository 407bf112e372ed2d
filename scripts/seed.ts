/**
 * `npm run seed -- --stations N --db PATH|URL`: a new database with the demo (Chigang, the Haizhu
 * demo streets, the demo users) and synthetic stations up to N in all, over Guangdong's cities
 * and, past 1,600, the other provinces. Deterministic: the same options give the same file.
 *
 *   --as-of DATE       the demo's "today" (default 2024-05-31: one whole service year, 2023)
 *   --first-year YEAR  generate contracts from this service year (default: only the last)
 *   --seed S           the generator's seed (default the demo's)
 *
 * --db takes an SQLite file that does not exist yet, or the URL of an empty PostgreSQL database.
 * Every synthetic station is marked demo. The headline figures of every contract are computed
 * into the rollup at the end, so that the first region overview does not compute them.
 * Exit codes: 0 done, 2 the command cannot run (usage, an existing database).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import { isIsoDate, minDate } from '../server/domain/dates.ts';

const usage =
  'usage: npm run seed -- --stations N --db PATH|postgres://… [--as-of YYYY-MM-DD] [--first-year YEAR] [--seed S]';
const { values: opts } = parseArgs({
  options: {
    stations: { type: 'string' },
    db: { type: 'string' },
    'as-of': { type: 'string', default: '2024-05-31' },
    'first-year': { type: 'string' },
    seed: { type: 'string', default: '2023' }, // the demo's (DEMO_SEED)
  },
});

function stop(message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

const stations = Number(opts.stations);
const asOf = opts['as-of'] as string;
const seed = Number(opts.seed);
if (!Number.isInteger(stations) || stations < 18 || stations > 30_000)
  stop(
    `--stations must be a whole number from 18 (the demo district) to 30000, not ${JSON.stringify(opts.stations ?? '')}`,
  );
if (!opts.db) stop('--db PATH (or a postgres:// URL) is required');
// Not engine.ts's test: importing engine.ts now would fix the engine before DATABASE_URL is set.
const postgres = /^postgres(ql)?:\/\//.test(opts.db);
if (!isIsoDate(asOf)) stop(`--as-of must be a date YYYY-MM-DD, not ${JSON.stringify(asOf)}`);
if (!Number.isInteger(seed)) stop(`--seed must be a whole number, not ${JSON.stringify(opts.seed)}`);
if (!postgres && existsSync(opts.db)) stop(`${opts.db} exists; the seed writes a new database only`);
const lastYear = Number(asOf.slice(0, 4)) - (asOf.slice(5) < '06-01' ? 1 : 0);
const firstYear = opts['first-year'] ? Number(opts['first-year']) : lastYear;
if (!Number.isInteger(firstYear) || firstYear > lastYear || firstYear < 2000)
  stop(`--first-year must be a year up to ${lastYear}, not ${JSON.stringify(opts['first-year'])}`);

// The engine is chosen from DATABASE_URL when the server's modules load (server/db/engine.ts).
if (postgres) process.env.DATABASE_URL = opts.db;
else delete process.env.DATABASE_URL;
const { system } = await import('../server/auth/viewer.ts');
const { openDb } = await import('../server/db/client.ts');
const t = await import('../server/db/schema.ts');
const { regionAsOf } = await import('../server/domain/asOf.ts');
const { figuresOf } = await import('../server/read/figures.ts');
const { createReader } = await import('../server/read/reader.ts');
const { seedCountry } = await import('../server/seed/country.ts');
const { seedDemoDatabase, seedIndicatorCatalogue } = await import('../server/seed/index.ts');

const started = performance.now();
const handle = await openDb(postgres ? { url: opts.db } : { path: opts.db });
if (postgres && (await handle.db.select({ id: t.districts.id }).from(t.districts).limit(1)).length > 0) {
  await handle.close();
  stop(`${opts.db} already holds stations; the seed writes a new database only`);
}
const bar = process.stderr.isTTY
  ? new SingleBar({ format: '{task} [{bar}] {value}/{total}', hideCursor: true }, Presets.shades_classic)
  : null;
try {
  await seedDemoDatabase(handle.db, { asOf, seed, firstYear });
  const indicatorIds = await handle.db.transaction((tx) => seedIndicatorCatalogue(tx));
  bar?.start(stations, 18, { task: 'stations' });
  await seedCountry(handle.db, {
    ...{ stations, asOf, seed, indicatorIds, firstYear },
    onProgress: (done) => bar?.update(18 + done),
  });
  bar?.stop();
  const contracts = await handle.db.select().from(t.contracts);
  const date = regionAsOf(asOf, asOf);
  const reader = createReader(handle.db, system, asOf, { deadlineMs: 24 * 3600_000 });
  bar?.start(contracts.length, 0, { task: 'figures' });
  for (let i = 0; i < contracts.length; i += 2000) {
    const batch = contracts.slice(i, i + 2000);
    await figuresOf(
      reader,
      batch.map((contract) => ({ contract, asOf: minDate(date, contract.end) })),
    );
    bar?.update(i + batch.length);
  }
  bar?.stop();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `${postgres ? 'PostgreSQL' : opts.db}: ${stations} stations (${stations - 1} demo), ${contracts.length} contracts, figures as of ${date}, in ${seconds} s\n`,
  );
} finally {
  bar?.stop();
  await handle.close();
}
