/**
 * Regions above the district (country → province → city). A region's subtree is every region
 * whose `path` starts with its own, so one condition covers any depth.
 */
import { and, asc, count, countDistinct, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { earlier } from '../db/dialect.ts';
import type { Db } from '../db/client.ts';
import { contractFigures, contracts, districts, regions, stations, type RegionRow } from '../db/schema.ts';
import { stationInScope, type Scope } from './scope.ts';

/** The regions of a subtree: a prefix compare, not `like` (a code may hold `_`, a wildcard there). */
const within = (path: string) => sql`substr(${regions.path}, 1, ${path.length}) = ${path}`;

/** A region's path and every district at any depth below it (null: no such region). */
export async function regionWithDistricts(
  db: Db,
  regionId: number,
): Promise<{ path: string; districtIds: number[] } | null> {
  const region = (await db.select().from(regions).where(eq(regions.id, regionId)))[0];
  if (!region) return null;
  const rows = await db
    .select({ id: districts.id })
    .from(districts)
    .innerJoin(regions, eq(regions.id, districts.regionId))
    .where(within(region.path));
  return { path: region.path, districtIds: rows.map((r) => r.id) };
}

export async function regionsByIds(db: Db, ids: readonly number[]): Promise<RegionRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(regions)
    .where(inArray(regions.id, [...ids]));
}

/** The regions whose subtree holds a station in scope, with how many; the top ones first. */
export async function regionsInScope(db: Db, scope: Scope): Promise<Array<RegionRow & { stations: number }>> {
  const visible = await db
    .select({ path: regions.path, stations: count() })
    .from(stations)
    .innerJoin(districts, eq(districts.id, stations.districtId))
    .innerJoin(regions, eq(regions.id, districts.regionId))
    .where(stationInScope(stations.id, scope))
    .groupBy(regions.path);
  const counts = new Map<string, number>();
  for (const v of visible) {
    // Every ancestor of a visible region is visible: /cn/guangdong/guangzhou/ counts for /cn/ and /cn/guangdong/.
    const codes = v.path.split('/').filter(Boolean);
    for (let i = 1; i <= codes.length; i++) {
      const path = `/${codes.slice(0, i).join('/')}/`;
      counts.set(path, (counts.get(path) ?? 0) + v.stations);
    }
  }
  if (counts.size === 0) return [];
  const rows = await db
    .select()
    .from(regions)
    .where(inArray(regions.path, [...counts.keys()]))
    .orderBy(asc(regions.path));
  return rows.map((r) => ({ ...r, stations: counts.get(r.path) ?? 0 }));
}

/** The districts directly in a region with a station in scope, by name. */
export async function districtsOfRegion(db: Db, scope: Scope, regionId: number) {
  return db
    .select({ id: districts.id, code: districts.code, nameZh: districts.nameZh, nameEn: districts.nameEn })
    .from(districts)
    .where(
      and(
        eq(districts.regionId, regionId),
        sql`exists (select 1 from ${stations} where ${stations.districtId} = ${districts.id} and ${stationInScope(stations.id, scope) ?? sql`true`})`,
      ),
    )
    .orderBy(asc(districts.code));
}

/**
 * One row per contract of a service year in a region's subtree and in scope: where it sits and
 * its stored figures on `asOf` (a finished contract: on its last day), in one statement. A row
 * whose figures are not stored yet has `figures` null (the caller computes them).
 */
export async function regionFigureRows(db: Db, scope: Scope, region: RegionRow, year: number, asOf: string) {
  const f = contractFigures;
  const on = earlier(sql`${asOf}`, contracts.end);
  // Rows stored before the newest column was added (pending_indicators null) count as missing.
  const stored = and(eq(f.contractId, contracts.id), eq(f.asOf, on), isNotNull(f.pendingIndicators));
  return db
    .select({
      contractId: contracts.id,
      contractEnd: contracts.end,
      stationId: stations.id,
      isDemo: stations.isDemo,
      code: stations.code,
      nameZh: stations.nameZh,
      nameEn: stations.nameEn,
      districtId: districts.id,
      regionPath: regions.path,
      stored: f.asOf,
      expectedRate: f.expectedRate,
      overallCompletion: f.overallCompletion,
      indicators: f.indicators,
      weakIndicators: f.weakIndicators,
      pendingIndicators: f.pendingIndicators,
      weakCodes: f.weakCodes,
      qualityIssues: f.qualityIssues,
      qualityKinds: f.qualityKinds,
      resourceCompletion: f.resourceCompletion,
      resourceBand: f.resourceBand,
      stabilityRate: f.stabilityRate,
      attendanceRate: f.attendanceRate,
      grade: f.grade,
      totalScore: f.totalScore,
    })
    .from(contracts)
    .innerJoin(stations, eq(stations.id, contracts.stationId))
    .innerJoin(districts, eq(districts.id, stations.districtId))
    .innerJoin(regions, eq(regions.id, districts.regionId))
    .leftJoin(f, stored)
    .where(and(eq(contracts.serviceYear, year), within(region.path), stationInScope(stations.id, scope)));
}

export async function contractsByIds(db: Db, ids: readonly number[]) {
  const rows = [];
  for (let i = 0; i < ids.length; i += 5000)
    rows.push(
      ...(await db
        .select()
        .from(contracts)
        .where(inArray(contracts.id, ids.slice(i, i + 5000)))),
    );
  return rows;
}

/** Service years with contracts in a region's subtree, among stations in scope. */
export async function regionYears(
  db: Db,
  scope: Scope,
  region: RegionRow,
  today: string,
): Promise<Array<{ year: number; stations: number; running: number }>> {
  return db
    .select({
      year: contracts.serviceYear,
      stations: countDistinct(contracts.stationId),
      /** Contracts of the year running on `today`. */
      running:
        sql<number>`sum(case when ${contracts.start} <= ${today} and ${contracts.end} >= ${today} then 1 else 0 end)`.mapWith(
          Number,
        ),
    })
    .from(contracts)
    .innerJoin(stations, eq(stations.id, contracts.stationId))
    .innerJoin(districts, eq(districts.id, stations.districtId))
    .innerJoin(regions, eq(regions.id, districts.regionId))
    .where(and(within(region.path), stationInScope(stations.id, scope)))
    .groupBy(contracts.serviceYear)
    .orderBy(asc(contracts.serviceYear));
}
