/**
 * `npm run bench:import`: the long-format importer on a 100,000-row CSV against raw prepared
 * inserts of the same rows in one transaction, both on this machine in this run (the ratio is
 * the figure; absolute speeds are context). The importer's time includes reading and checking
 * the file; the raw inserts only write. Each side runs once on a tenth of the rows first (another
 * station's contract, or rows deleted again), as every figure of `npm run bench` is timed after a
 * warm-up: the measured run is the server's steady pace, not its first import.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { system } from '../../server/auth/viewer.ts';
import { openDb } from '../../server/db/client.ts';
import * as t from '../../server/db/schema.ts';
import { parseFile } from '../../server/import/index.ts';
import { seedDemoDatabase } from '../../server/seed/index.ts';
import { applyImport, importContext, importTarget } from '../../server/commands/imports.ts';
import { fullScope } from '../../server/services/scope.ts';
import { csvOf } from '../helpers/files.ts';
import { TEST_TODAY } from '../helpers/server.ts';

const wanted = 100_000;
const json = process.argv.includes('--json');
const dir = mkdtempSync(join(tmpdir(), 'station-monitor-bench-'));
const handle = await openDb({ path: join(dir, 'bench.db') });
const { db } = handle;
const sqlite = handle.sqlite!;

try {
  await seedDemoDatabase(db, { asOf: TEST_TODAY });
  // A bench station with 14 areas: 15 scopes × every indicator × 365 days ≥ 100,000 distinct rows.
  const district = (await db.select().from(t.districts))[0];
  if (!district) throw new Error('no district');
  const addStation = (code: string) =>
    db.transaction(async (tx) => {
      const [row] = await tx
        .insert(t.stations)
        .values({
          code,
          districtId: district.id,
          nameZh: '基准站',
          nameEn: 'Bench',
          streetZh: '基准街',
          isDemo: true,
        })
        .returning();
      const codes = 'ABCDEFGHIJKLMN'.split('');
      await tx
        .insert(t.serviceAreas)
        .values(codes.map((code, i) => ({ stationId: row!.id, code, label: `片区${i + 1}` })));
      await tx.insert(t.contracts).values({
        stationId: row!.id,
        serviceYear: 2024,
        start: '2024-06-01',
        end: '2025-05-31',
        contractedPositions: 20,
      });
      return row!;
    });
  await addStation('bench-warm');
  const station = await addStation('bench-import');
  const codes = 'ABCDEFGHIJKLMN'.split('');
  const indicators = await db.select().from(t.indicatorDefinitions);
  const days = Array.from({ length: 365 }, (_, i) =>
    new Date(Date.UTC(2024, 5, 1 + i)).toISOString().slice(0, 10),
  );
  const rows: Array<Array<string | number | null>> = [['片区', '指标代码', '期间', '目标', '完成']];
  // Areas add up to 合计, as in a file that passes its own checks.
  const value = (day: number, area: number, ind: number) => (day * 7 + area * 3 + ind) % 11;
  outer: for (const [d, day] of days.entries())
    for (const [a, scope] of [...codes, '合计'].entries())
      for (const [i, ind] of indicators.entries()) {
        const actual =
          scope === '合计' ? codes.reduce((sum, _, k) => sum + value(d, k, i), 0) : value(d, a, i);
        rows.push([scope, ind.code, `${day}~${day}`, null, actual]);
        if (rows.length > wanted) break outer;
      }
  const bytes = csvOf(rows);

  const warmTarget = await importTarget(db, fullScope, 'bench-warm', 2024);
  const warmBytes = csvOf(rows.slice(0, wanted / 10 + 1));
  const warm = await parseFile('warm.csv', warmBytes, await importContext(db, warmTarget));
  if (!warm.ok) throw new Error(JSON.stringify(warm.plan.problems.slice(0, 3)));
  await applyImport(db, warmTarget, warm, { viewer: system, actor: 'bench' });

  const target = await importTarget(db, fullScope, 'bench-import', 2024);
  const t0 = performance.now();
  const parsed = await parseFile('bench.csv', bytes, await importContext(db, target));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.plan.problems.slice(0, 3)));
  const parseMs = performance.now() - t0;
  const summary = await applyImport(db, target, parsed, { viewer: system, actor: 'bench' });
  const importMs = performance.now() - t0;
  if (summary.created !== wanted) throw new Error(`imported ${summary.created} of ${wanted}`);

  // The same rows, raw: one prepared statement, one transaction, into a cleared table.
  const contractId = target.contract?.id;
  sqlite.prepare('delete from progress_entries where contract_id = ?').run(contractId);
  const areaIds = new Map(
    (await db.select().from(t.serviceAreas))
      .filter((a) => a.stationId === station.id)
      .map((a) => [a.code, a.id]),
  );
  const indicatorIds = new Map(indicators.map((i) => [i.code, i.id]));
  const insert = sqlite.prepare(
    `insert into progress_entries (contract_id, indicator_id, area_id, period_start, period_end, value, source, source_file, source_row)
     values (?, ?, ?, ?, ?, ?, 'import', 'bench.csv', ?)`,
  );
  const insertRaw = (from: number, to: number) =>
    sqlite.transaction(() => {
      rows.slice(from, to).forEach((r, i) => {
        const [start, end] = String(r[2]).split('~');
        insert.run(
          contractId,
          indicatorIds.get(String(r[1])),
          areaIds.get(String(r[0])) ?? null,
          start,
          end,
          r[4],
          i + 2,
        );
      });
    })();
  insertRaw(1, wanted / 10 + 1);
  sqlite.prepare('delete from progress_entries where contract_id = ?').run(contractId);
  const t1 = performance.now();
  insertRaw(1, rows.length);
  const rawMs = performance.now() - t1;

  const importRowsPerS = wanted / (importMs / 1000);
  const rawRowsPerS = wanted / (rawMs / 1000);
  const result = {
    rows: wanted,
    fileBytes: bytes.length,
    importRowsPerS: Math.round(importRowsPerS),
    rawInsertRowsPerS: Math.round(rawRowsPerS),
    importVsRawInsert: Number((importRowsPerS / rawRowsPerS).toFixed(3)),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  if (!json) {
    console.log(`long CSV, ${wanted.toLocaleString('en')} rows (${(bytes.length / 1e6).toFixed(1)} MB)`);
    console.log(
      `importer (read, check, write): ${(importMs / 1000).toFixed(2)} s, ${result.importRowsPerS} rows/s ` +
        `(reading and checking ${(parseMs / 1000).toFixed(2)} s, writing ${((importMs - parseMs) / 1000).toFixed(2)} s)`,
    );
    console.log(
      `raw prepared inserts:          ${(rawMs / 1000).toFixed(2)} s, ${result.rawInsertRowsPerS} rows/s`,
    );
    console.log(
      `importVsRawInsert: ${result.importVsRawInsert} (goal ≥ 0.3); peak RSS ${result.peakRssMb} MB`,
    );
  }
  console.log(JSON.stringify(result));
} finally {
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
}
