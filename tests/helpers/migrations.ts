/**
 * Older installations for the migration tests: a migrations folder as it stood at a tag, and the
 * figures two writers at once stored before the unique period indexes (migrations 0015/0016 on
 * SQLite, 0006/0007 on PostgreSQL).
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `source` (drizzle or drizzle-pg) copied into `into`, its journal cut at `tag`. Returns the copy. */
export function migrationsUpTo(source: 'drizzle' | 'drizzle-pg', tag: string, into: string): string {
  const folder = join(into, `${source}-${tag}`);
  cpSync(source, folder, { recursive: true });
  const journalPath = join(folder, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ tag: string }> };
  const end = journal.entries.findIndex((e) => e.tag === tag);
  if (end < 0) throw new Error(`${source} has no migration ${tag}`);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, end + 1) }));
  return folder;
}

/**
 * What two writers at once stored before writes took the station's lock: a station total twice
 * (the same value), an area's month twice (two values), and one figure once. The same SQL on
 * both engines (ids 1 to 5 in that order).
 */
export const doubledFiguresSql = `
  insert into districts (code, name_zh, name_en, city_zh) values ('haizhu', '海珠区', 'Haizhu', '广州市');
  insert into stations (code, district_id, name_zh, name_en, street_zh) values ('s', 1, '站', 'S', '街');
  insert into contracts (station_id, service_year, start, "end", contracted_positions) values (1, 2023, '2023-06-01', '2024-05-31', 20);
  insert into indicator_definitions (code, name_zh, name_en, unit, unit_en, feed, sort_order) values ('phone_visits', '电访', 'Phone visits', '次', 'times', 'service', 1);
  insert into service_areas (station_id, code, label) values (1, 'A', '片区1');
  insert into progress_entries (contract_id, indicator_id, area_id, period_start, period_end, value, source) values
    (1, 1, null, '2023-06-01', '2023-06-30', 40, 'manual'),
    (1, 1, null, '2023-06-01', '2023-06-30', 40, 'manual'),
    (1, 1, 1, '2023-07-01', '2023-07-31', 10, 'import'),
    (1, 1, 1, '2023-07-01', '2023-07-31', 12, 'import'),
    (1, 1, 1, '2023-08-01', '2023-08-31', 7, 'import');
`;
