/**
 * `npm run seed -- --stations N --db PATH`: a new database with the demo (Chigang, the Haizhu
 * demo streets, the demo users) and synthetic stations up to N in all, over Guangdong's cities
 * and, past 1,600, the other provinces. Deterministic: the same options give the same file.
 *
 *   --as-of DATE       the demo's "today" (default 2024-05-31: one whole service year, 2023)
 *   --first-year YEAR  generate contracts from this service year (default: only the last)
 *   --seed S           the generator's seed (default the demo's)
 *
 * Every synthetic station is marked demo. The headline figures of every contract are computed
 * into the rollup at the end, so that the first region overview does not compute them.
 * Exit codes: 0 done, 2 the command cannot run (usage, an existing database).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import { system } from '../server/auth/viewer.ts';
import { openDb } from '../server/db/client.ts';
import * as t from '../server/db/schema.ts';
import { regionAsOf } from '../server/domain/asOf.ts';
import { isIsoDate, minDate } from '../server/domain/dates.ts';
import { figuresOf } from '../server/read/figures.ts';
import { createReader } from '../server/read/reader.ts';
import { seedCountry } from '../server/seed/country.ts';
import { DEMO_SEED, seedDemoDatabase, seedIndicatorCatalogue } from '../server/seed/index.ts';

const usage =
  'usage: npm run seed -- --stations N --db PATH [--as-of YYYY-MM-DD] [--first-year YEAR] [--seed S]';
const { values: opts } = parseArgs({
  options: {
    stations: { type: 'string' },
    db: { type: 'string' },
    'as-of': { type: 'string', default: '2024-05-31' },
    'first-year': { type: 'string' },
    seed: { type: 'string', default: String(DEMO_SEED) },
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
if (!opts.db) stop('--db PATH is required');
if (!isIsoDate(asOf)) stop(`--as-of must be a date YYYY-MM-DD, not ${JSON.stringify(asOf)}`);
if (!Number.isInteger(seed)) stop(`--seed must be a whole number, not ${JSON.stringify(opts.seed)}`);
if (existsSync(opts.db)) stop(`${opts.db} exists; the seed writes a new database only`);
const lastYear = Number(asOf.slice(0, 4)) - (asOf.slice(5) < '06-01' ? 1 : 0);
const firstYear = opts['first-year'] ? Number(opts['first-year']) : lastYear;
if (!Number.isInteger(firstYear) || firstYear > lastYear || firstYear < 2000)
  stop(`--first-year must be a year up to ${lastYear}, not ${JSON.stringify(opts['first-year'])}`);

const started = performance.now();
const handle = openDb({ path: opts.db });
const bar = process.stderr.isTTY
  ? new SingleBar({ format: '{task} [{bar}] {value}/{total}', hideCursor: true }, Presets.shades_classic)
  : null;
try {
  await seedDemoDatabase(handle.db, { asOf, seed, firstYear });
  const indicatorIds = seedIndicatorCatalogue(handle.db);
  bar?.start(stations, 18, { task: 'stations' });
  seedCountry(handle.db, {
    ...{ stations, asOf, seed, indicatorIds, firstYear },
    onProgress: (done) => bar?.update(18 + done),
  });
  bar?.stop();
  const contracts = handle.db.select().from(t.contracts).all();
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
    `${opts.db}: ${stations} stations (${stations - 1} demo), ${contracts.length} contracts, figures as of ${date}, in ${seconds} s\n`,
  );
} finally {
  bar?.stop();
  handle.close();
}
