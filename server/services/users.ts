/** Users, their station assignments, and the demo users. */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { preparedQuery } from '../db/prepared.ts';
import { stations, users, userStations, type UserRow } from '../db/schema.ts';

/** Asked on every request, for the viewer: prepared once. */
const selectUserById = preparedQuery<{ id: number }, UserRow[]>((db) =>
  db
    .select()
    .from(users)
    .where(eq(users.id, sql.placeholder('id')))
    .prepare('user_by_id'),
);

export async function userById(db: Db, id: number): Promise<UserRow | null> {
  return (await selectUserById(db, { id }))[0] ?? null;
}

export async function userByUsername(db: Db, username: string): Promise<UserRow | null> {
  return (await db.select().from(users).where(eq(users.username, username)))[0] ?? null;
}

export async function supervisedStationIds(db: Db, userId: number): Promise<number[]> {
  const rows = await db
    .select({ id: userStations.stationId })
    .from(userStations)
    .where(eq(userStations.userId, userId));
  return rows.map((r) => r.id);
}

/** The district an audit entry of this user belongs to (its own, or its station's). */
export async function districtOfUser(db: Db, user: UserRow): Promise<number | null> {
  if (user.districtId != null) return user.districtId;
  const stationId = user.stationId ?? (await supervisedStationIds(db, user.id))[0];
  if (stationId == null) return null;
  const rows = await db
    .select({ districtId: stations.districtId })
    .from(stations)
    .where(eq(stations.id, stationId));
  return rows[0]?.districtId ?? null;
}

/** Logs the user out everywhere: tokens issued before `at` stop working (runs in the caller's transaction). */
export async function revokeTokens(db: Db, userId: number, at: string): Promise<void> {
  await db.update(users).set({ tokensValidAfter: at }).where(eq(users.id, userId));
}

export async function demoUsers(db: Db): Promise<UserRow[]> {
  return db.select().from(users).where(eq(users.isDemo, true));
}

export interface NewUser {
  username: string;
  passwordHash: string;
  role: UserRow['role'];
  displayName: string;
  /** BUREAU: its district. */
  districtId?: number | null;
  /** REGION: its region (city, province or country). */
  regionId?: number | null;
  /** PURCHASER and STATION: their one station; SUPERVISOR: the assigned ones. */
  stationIds?: readonly number[];
  isDemo?: boolean;
}

/**
 * Adds a user and its station assignments (runs in the caller's transaction). The
 * table's checks refuse a bureau without a district, a region user without a region, or a
 * station user without a station.
 */
export async function createUser(db: Db, user: NewUser): Promise<number> {
  const stationIds = user.stationIds ?? [];
  const ownStation = user.role === 'PURCHASER' || user.role === 'STATION';
  const [created] = await db
    .insert(users)
    .values({
      username: user.username,
      passwordHash: user.passwordHash,
      role: user.role,
      displayName: user.displayName,
      districtId: user.role === 'BUREAU' ? (user.districtId ?? null) : null,
      regionId: user.role === 'REGION' ? (user.regionId ?? null) : null,
      stationId: ownStation ? (stationIds[0] ?? null) : null,
      isDemo: user.isDemo ?? false,
    })
    .returning({ id: users.id });
  const userId = created!.id;
  if (user.role === 'SUPERVISOR' && stationIds.length > 0) {
    await db.insert(userStations).values(stationIds.map((stationId) => ({ userId, stationId })));
  }
  return userId;
}
