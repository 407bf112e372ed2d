/**
 * An installation made before regions (migration 0005), with users and an audit trail, takes
 * the later migrations. SQLite rebuilds the users table to change its checks, and dropping the
 * old table would break the audit trail's keys unless the migrations run with keys off and are
 * checked after (`db/client.ts`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../../server/db/client.ts';
import { doubledFiguresSql, migrationsUpTo } from '../helpers/migrations.ts';

const dir = mkdtempSync(join(tmpdir(), 'station-monitor-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('migrating an older installation', () => {
  it('keeps its users and audit trail through the table rebuilds, every key intact', async () => {
    const path = join(dir, 'old.db');
    const old = new Database(path);
    old.pragma('foreign_keys = ON');
    migrate(drizzle({ client: old }), {
      migrationsFolder: migrationsUpTo('drizzle', '0005_source_rows', dir),
    });
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
      migrationsFolder: migrationsUpTo('drizzle', '0014_unknown_practice_and_english', dir),
    });
    old.exec(doubledFiguresSql);
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
