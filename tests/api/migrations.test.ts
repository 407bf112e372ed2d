/**
 * An installation made before regions (migration 0005), with users and an audit trail, takes
 * the later migrations. SQLite rebuilds the users table to change its checks, and dropping the
 * old table would break the audit trail's keys unless the migrations run with keys off and are
 * checked after (`db/client.ts`).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../../server/db/client.ts';

const dir = mkdtempSync(join(tmpdir(), 'station-monitor-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The migrations folder as it stood at `tag`: its files, and its journal cut there. */
function migrationsUpTo(tag: string): string {
  const folder = join(dir, `drizzle-${tag}`);
  cpSync('drizzle', folder, { recursive: true });
  const journalPath = join(folder, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ tag: string }> };
  const end = journal.entries.findIndex((e) => e.tag === tag);
  expect(end).toBeGreaterThanOrEqual(0);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, end + 1) }));
  return folder;
}

describe('migrating an older installation', () => {
  it('keeps its users and audit trail through the table rebuilds, every key intact', async () => {
    const path = join(dir, 'old.db');
    const old = new Database(path);
    old.pragma('foreign_keys = ON');
    migrate(drizzle({ client: old }), { migrationsFolder: migrationsUpTo('0005_source_rows') });
    old.exec(`
      insert into districts (code, name_zh, name_en, city_zh) values ('haizhu', '海珠区', 'Haizhu', '广州市');
      insert into users (username, password_hash, role, display_name, district_id) values ('bureau', 'x', 'BUREAU', '海珠区民政局', 1);
      insert into audit_log (at, user_id, username, action) values ('2025-01-01T00:00:00Z', 1, 'bureau', 'login');
    `);
    old.close();

    const handle = await openDb({ path });
    const sqlite = handle.sqlite!;
    try {
      expect(sqlite.prepare('select username, role, region_id from users').all()).toEqual([
        { username: 'bureau', role: 'BUREAU', region_id: null },
      ]);
      expect(sqlite.prepare('select user_id, action from audit_log').all()).toEqual([
        { user_id: 1, action: 'login' },
      ]);
      expect(sqlite.pragma('foreign_key_check')).toEqual([]);
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      // The new check: a REGION user needs its region.
      expect(() =>
        sqlite
          .prepare(
            "insert into users (username, password_hash, role, display_name) values ('p', 'x', 'REGION', 'p')",
          )
          .run(),
      ).toThrow(/CHECK constraint failed/);
    } finally {
      await handle.close();
    }
  });
});

describe('the unique period indexes (migrations 0015 and 0016)', () => {
  it('keep a figure stored twice once, the newest, and put the others in replaced_values', async () => {
    const path = join(dir, 'doubled.db');
    const old = new Database(path);
    old.pragma('foreign_keys = ON');
    migrate(drizzle({ client: old }), {
      migrationsFolder: migrationsUpTo('0014_unknown_practice_and_english'),
    });
    // What two writers at once stored before writes took the station's lock: a station total
    // twice (the same value), an area's month twice (two values), and one figure once.
    old.exec(`
      insert into districts (code, name_zh, name_en, city_zh) values ('haizhu', '海珠区', 'Haizhu', '广州市');
      insert into stations (code, district_id, name_zh, name_en, street_zh) values ('s', 1, '站', 'S', '街');
      insert into contracts (station_id, service_year, start, end, contracted_positions) values (1, 2023, '2023-06-01', '2024-05-31', 20);
      insert into indicator_definitions (code, name_zh, name_en, unit, unit_en, feed, sort_order) values ('phone_visits', '电访', 'Phone visits', '次', 'times', 'service', 1);
      insert into service_areas (station_id, code, label) values (1, 'A', '片区1');
      insert into progress_entries (contract_id, indicator_id, area_id, period_start, period_end, value, source) values
        (1, 1, null, '2023-06-01', '2023-06-30', 40, 'manual'),
        (1, 1, null, '2023-06-01', '2023-06-30', 40, 'manual'),
        (1, 1, 1, '2023-07-01', '2023-07-31', 10, 'import'),
        (1, 1, 1, '2023-07-01', '2023-07-31', 12, 'import'),
        (1, 1, 1, '2023-08-01', '2023-08-31', 7, 'import');
    `);
    old.close();

    const handle = await openDb({ path });
    const sqlite = handle.sqlite!;
    try {
      expect(
        sqlite.prepare('select id, area_id, period_start, value from progress_entries order by id').all(),
      ).toEqual([
        { id: 2, area_id: null, period_start: '2023-06-01', value: 40 },
        { id: 4, area_id: 1, period_start: '2023-07-01', value: 12 },
        { id: 5, area_id: 1, period_start: '2023-08-01', value: 7 },
      ]);
      const kept = sqlite
        .prepare(
          'select entity, entity_id, contract_id, before, replaced_at from replaced_values order by entity_id',
        )
        .all() as Array<{ entity: string; entity_id: number; before: string; replaced_at: string }>;
      expect(kept.map((r) => [r.entity, r.entity_id])).toEqual([
        ['progress_entry', 1],
        ['progress_entry', 3],
      ]);
      expect(JSON.parse(kept[1]!.before)).toMatchObject({
        id: 3,
        contractId: 1,
        areaId: 1,
        periodStart: '2023-07-01',
        periodEnd: '2023-07-31',
        value: 10,
        source: 'import',
      });
      expect(kept[0]!.replaced_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      // From now on the database itself refuses a second copy, with or without an area.
      const insert = sqlite.prepare(
        "insert into progress_entries (contract_id, indicator_id, area_id, period_start, period_end, value, source) values (1, 1, ?, ?, ?, 1, 'manual')",
      );
      expect(() => insert.run(null, '2023-06-01', '2023-06-30')).toThrow(/UNIQUE constraint failed/);
      expect(() => insert.run(1, '2023-08-01', '2023-08-31')).toThrow(/UNIQUE constraint failed/);
      expect(() => insert.run(1, '2023-06-01', '2023-06-30')).not.toThrow();
    } finally {
      await handle.close();
    }
  });
});
