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
