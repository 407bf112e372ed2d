/**
 * The versions the answer cache keys on (`graphql/cache.ts`), kept in `settings` so that every
 * instance on the database sees every other's writes. Each moves only with the writes that can
 * change what it covers:
 *
 * - `version:district:<id>`: a district's figures, stations and files (and `version:any`, which
 *   region-wide and national viewers key on, with each of them);
 * - `version:all`: everything at once (a seed, a restore, the region hierarchy);
 * - `version:audit`: the audit trail (every login moves it; only answers that read the trail key on it);
 * - `version:users`: users and their passwords (`me`, the login page's demo list).
 *
 * A login therefore ends no answer but the audit trail's, and a write in one district keeps the
 * answers of every other district.
 */
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { settings, stations } from '../db/schema.ts';

export interface AnswersChange {
  districtIds?: readonly number[];
  all?: boolean;
  audit?: boolean;
  users?: boolean;
}

export const versionKeys = {
  all: 'version:all',
  any: 'version:any',
  audit: 'version:audit',
  users: 'version:users',
  district: (id: number) => `version:district:${id}`,
};

/** Moves the versions the change touches on, inside the writer's transaction. */
export async function answersChanged(db: Db, change: AnswersChange): Promise<void> {
  const keys = new Set<string>();
  if (change.all) keys.add(versionKeys.all);
  const districtIds = [...new Set(change.districtIds ?? [])];
  if (districtIds.length > 0) keys.add(versionKeys.any);
  for (const id of districtIds) keys.add(versionKeys.district(id));
  if (change.audit) keys.add(versionKeys.audit);
  if (change.users) keys.add(versionKeys.users);
  // In one order, so that two writers on PostgreSQL never wait on each other's rows in a circle.
  for (const key of [...keys].sort()) await bumpSetting(db, key);
}

/** Adds one to a counter in `settings` (made at 1). */
export async function bumpSetting(db: Db, key: string): Promise<void> {
  await db
    .insert(settings)
    .values({ key, value: '1' })
    .onConflictDoUpdate({
      target: settings.key,
      set: { value: sql`cast(cast(${settings.value} as integer) + 1 as text)` },
    });
}

/** The versions of these keys, in the order given ('0' for one never moved), read in one statement. */
export async function readVersions(db: Db, keys: readonly string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .select({ key: settings.key, value: settings.value })
    .from(settings)
    .where(inArray(settings.key, [...keys]));
  const found = new Map(rows.map((r) => [r.key, r.value]));
  return keys.map((k) => found.get(k) ?? '0');
}

/** The district of each station (stations never move district, so callers may keep the answer). */
export async function districtsOfStations(
  db: Db,
  stationIds: readonly number[],
): Promise<Map<number, number>> {
  if (stationIds.length === 0) return new Map();
  const rows = await db
    .select({ id: stations.id, districtId: stations.districtId })
    .from(stations)
    .where(inArray(stations.id, [...stationIds]));
  return new Map(rows.map((r) => [r.id, r.districtId]));
}
