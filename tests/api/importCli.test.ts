/** `npm run import` as a user runs it: a real process on a real, seeded database (SQLite file or PostgreSQL). */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '../../server/db/client.ts';
import { engine } from '../../server/db/engine.ts';
import { seedDemoDatabase } from '../../server/seed/index.ts';
import * as t from '../../server/db/schema.ts';
import { csvOf, messyTableGrid, xlsxOf } from '../helpers/files.ts';
import { fourAreaTable, officialTable, textOf } from '../helpers/officialTables.ts';
import { clonePgDatabase, type PgDatabase } from '../helpers/pg.ts';
import { rawSql, TEST_TODAY } from '../helpers/server.ts';

const run = promisify(execFile);
let dir: string;
let dbPath: string;
let copy: PgDatabase | null = null;
/** The database, opened by the test beside the command's own process. */
let h: DbHandle;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'station-monitor-cli-'));
  dbPath = join(dir, 'cli.db');
  copy = engine === 'pg' ? await clonePgDatabase() : null;
  h = await openDb(copy ? { url: copy.url } : { path: dbPath });
  await seedDemoDatabase(h.db, { asOf: TEST_TODAY });
});
afterAll(async () => {
  await h.close();
  await copy?.drop();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(...args: string[]) {
  try {
    const { stdout } = await run('npx', ['tsx', 'scripts/import.ts', ...args], {
      // The command's own engine: the PostgreSQL copy, or the SQLite file.
      env: { ...process.env, DATABASE_PATH: dbPath, DATABASE_URL: copy?.url ?? '' },
    });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

async function progressRows(): Promise<number> {
  return (await rawSql<{ n: number }>(h, 'select count(*) as n from progress_entries'))[0]!.n;
}

describe('npm run import', () => {
  it('--dry-run --json prints one object with values, problems and flags, and writes nothing', async () => {
    const { rows, merges } = messyTableGrid();
    const file = join(dir, '附件1.xlsx');
    writeFileSync(file, await xlsxOf(rows, merges));
    const before = await progressRows();
    const { code, stdout } = await cli(
      file,
      '--station',
      'haizhu-chigang',
      '--year',
      '2023',
      '--dry-run',
      '--json',
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout.trim()) as {
      rowsRead: number;
      values: Array<{
        indicator: string;
        area: string | null;
        target: number;
        actual: number;
        statedRate: number;
      }>;
      problems: Array<{ row: number; column: string; value: string; code: string; message: string }>;
      flags: Array<{
        code: string;
        indicator: string;
        area: string | null;
        message: string;
        suggestion: number;
      }>;
    };
    // Title, period, two header rows, three areas, 合计 and four key–value rows; blank rows do not count.
    expect(report.rowsRead).toBe(12);
    expect(report.values).toContainEqual(
      expect.objectContaining({
        indicator: 'phone_visits',
        area: 'C',
        target: 650,
        actual: 700,
        statedRate: 1.1111,
      }),
    );
    expect(report.values).toContainEqual(
      expect.objectContaining({
        indicator: 'resources_linked',
        area: null,
        target: 500000,
        actual: 19458011,
      }),
    );
    expect(report.flags).toContainEqual(
      expect.objectContaining({
        code: 'quality/stated_rate_mismatch',
        indicator: 'resources_linked',
        suggestion: 194580.11,
      }),
    );
    expect(report.problems.every((p) => p.code && p.message)).toBe(true);
    expect(await progressRows()).toBe(before);
  });

  it("the report's own annex 1, as printed, exits 0 with every figure and flags the lost decimal and area C's target", async () => {
    const { code, stdout } = await cli(
      'tests/fixtures/chigang/annex1.tsv',
      '--station',
      'haizhu-chigang',
      '--year',
      '2023',
      '--dry-run',
      '--json',
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout.trim()) as {
      ok: boolean;
      values: unknown[];
      flags: Array<{ indicator: string; area: string | null; suggestion: number | null }>;
      cells: { read: number; ignored: number };
      notes: Array<{ row: number; text: string }>;
    };
    expect(report.ok).toBe(true);
    expect(report.values).toHaveLength(54);
    expect(report.flags).toContainEqual(
      expect.objectContaining({ indicator: 'resources_linked', area: null, suggestion: 194580.11 }),
    );
    expect(report.flags).toContainEqual(
      expect.objectContaining({ indicator: 'phone_visits', area: 'C', suggestion: 630 }),
    );
    expect(report.cells).toMatchObject({ read: 116, ignored: 0 });
    expect(report.notes.map((n) => n.row)).toEqual([20]);
  });

  it('a new station with four areas comes in from a GB18030 CSV with --create-contract', async () => {
    const { rows, expected } = officialTable(fourAreaTable({ seed: 11 }));
    const [haizhu] = await h.db.select().from(t.districts);
    // Written through a transaction, as every write is (the handle's own reads are read-only).
    await h.db.transaction((tx) =>
      tx.insert(t.stations).values({
        districtId: haizhu!.id,
        code: 'haizhu-cli-four',
        nameZh: '四区街社工站',
        nameEn: 'Four areas',
        streetZh: '四区街',
        isDemo: true,
      }),
    );
    const file = join(dir, '四区 附件1.csv');
    writeFileSync(file, textOf(rows, { encoding: 'gb18030' }));
    const { code, stdout } = await cli(
      file,
      '--station',
      'haizhu-cli-four',
      '--year',
      '2025',
      '--create-contract',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('GB18030');
    expect(stdout).toContain(`created ${expected.length * 2}`);
    const stored = await rawSql<{ n: number }>(
      h,
      `select count(*) as n from progress_entries p join contracts c on c.id = p.contract_id
        join stations s on s.id = c.station_id where s.code = 'haizhu-cli-four'`,
    );
    expect(Number(stored[0]?.n)).toBe(expected.length);
  });

  it('a file with an error exits 1 naming row, column and value, and writes nothing', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      csvOf([
        ['片区', '指标代码', '期间', '目标', '完成'],
        ['A', 'phone_visits', '2023-07', 100, 10],
        ['A', 'home_visits', '2023-07', 100, '十'],
      ]),
    );
    const before = await progressRows();
    const { code, stdout } = await cli(file, '--station', 'haizhu-chigang', '--year', '2023', '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout.trim()) as { problems: Array<Record<string, unknown>> };
    expect(report.problems).toContainEqual(
      expect.objectContaining({ row: 3, column: 'E', value: '十', code: 'import/not_a_number' }),
    );
    expect(await progressRows()).toBe(before);
  });

  it('writes a good file, and an unknown station exits 2', async () => {
    const file = join(dir, 'good.csv');
    writeFileSync(
      file,
      csvOf([
        ['片区', '指标代码', '期间', '目标', '完成'],
        ['A', 'phone_visits', '2025-03', null, 12],
      ]),
    );
    const before = await progressRows();
    const ok = await cli(file, '--station', 'haizhu-xingang', '--year', '2024');
    expect(ok.code).toBe(0);
    // March 2025 is after the demo's today: a new monthly figure.
    expect(ok.stdout).toContain('created 1');
    expect(await progressRows()).toBe(before + 1);
    const unknown = await cli(file, '--station', 'haizhu-nowhere', '--year', '2024', '--json');
    expect(unknown.code).toBe(2);
    expect(JSON.parse(unknown.stdout.trim()).error.code).toBe('import/unknown_station');
  });
});
