/**
 * `npm run seed` as a user runs it: real processes writing real SQLite files. The same options
 * give the same data; the stations spread over cities and districts with strong and weak ones
 * at every level; every invented station is marked demo, and the rollup is filled.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { planCountry, splitWhole } from '../../server/seed/country.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'station-monitor-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function seed(...args: string[]) {
  try {
    const { stdout } = await run('npx', ['tsx', 'scripts/seed.ts', ...args]);
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Everything a user would see, as one comparable value. */
function digest(path: string) {
  const db = new Database(path, { readonly: true });
  const all = (sql: string) => db.prepare(sql).all();
  const result = {
    stations: all('select code, name_zh, is_demo, district_id from stations order by code'),
    regions: all('select code, level, path from regions order by path'),
    progress: all(
      'select contract_id, indicator_id, area_id, period_start, value from progress_entries order by id',
    ),
    figures: all('select * from contract_figures order by contract_id, as_of'),
  };
  db.close();
  return result;
}

describe('npm run seed', () => {
  it('writes the same database twice from the same options', async () => {
    const a = join(dir, 'a.db');
    const b = join(dir, 'b.db');
    const [ra, rb] = await Promise.all([
      seed('--stations', '90', '--db', a),
      seed('--stations', '90', '--db', b),
    ]);
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);
    expect(ra.stdout).toMatch(/90 stations \(89 demo\)/);
    const da = digest(a);
    expect(da.stations).toHaveLength(90);
    expect(da).toEqual(digest(b));
    // Only the reference station is real; its numbers are never invented.
    expect(da.stations.filter((s) => (s as { is_demo: number }).is_demo === 0)).toEqual([
      expect.objectContaining({ code: 'haizhu-chigang' }),
    ]);
    // One whole service year (2023) by default, and every contract's figures in the rollup.
    expect(da.figures).toHaveLength(90);
  }, 120_000);

  it('refuses what it cannot do, and writes nothing', async () => {
    const existing = join(dir, 'a.db');
    for (const args of [
      ['--stations', '5', '--db', join(dir, 'x.db')],
      ['--stations', '40000', '--db', join(dir, 'x.db')],
      ['--stations', '100'],
      ['--stations', '100', '--db', existing],
      ['--stations', '100', '--db', join(dir, 'x.db'), '--as-of', '2024-02-30'],
    ]) {
      const result = await seed(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/usage: npm run seed/);
    }
  }, 60_000);
});

describe('where the generator puts stations', () => {
  it('splits whole numbers exactly', () => {
    expect(splitWhole(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(splitWhole(1582, [0.4, 1.6, 1, 1.2]).reduce((a, b) => a + b, 0)).toBe(1582);
    expect(splitWhole(0, [1, 2])).toEqual([0, 0]);
  });

  it('fills Guangdong to 1,600 (Guangzhou first), then the other provinces', () => {
    const count = (plan: ReturnType<typeof planCountry>) =>
      plan.flatMap((p) => p.cities.flatMap((c) => c.districts)).reduce((s, d) => s + d.stations, 0);
    const guangdong = planCountry(1582, 18, 2023);
    expect(guangdong.map((p) => p.place.code)).toEqual(['guangdong']);
    expect(count(guangdong)).toBe(1582);
    expect(guangdong[0]!.cities).toHaveLength(21);
    const guangzhou = guangdong[0]!.cities[0]!;
    expect(guangzhou.districts.reduce((s, d) => s + d.stations, 0)).toBe(176 - 18);
    const country = planCountry(29_000 - 18, 18, 2023);
    expect(count(country)).toBe(29_000 - 18);
    expect(country).toHaveLength(31);
    const qualities = country.flatMap((p) => p.cities.flatMap((c) => c.districts.map((d) => d.quality)));
    // Weaker and stronger places at every level, not one uniform country.
    expect(Math.max(...qualities) / Math.min(...qualities)).toBeGreaterThan(1.15);
  });
});
