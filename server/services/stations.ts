/** Districts, stations, service areas and contracts, always within the caller's scope. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  contracts,
  districts,
  serviceAreas,
  stations,
  type ContractRow,
  type StationRow,
} from '../db/schema.ts';
import { stationInScope, type Scope } from './scope.ts';

/** Districts with at least one visible station (all districts for the full scope). */
export function listDistricts(db: Db, scope: Scope) {
  const visible =
    scope.kind === 'all'
      ? undefined
      : inArray(
          districts.id,
          db
            .selectDistinct({ id: stations.districtId })
            .from(stations)
            .where(stationInScope(stations.id, scope)),
        );
  return db.select().from(districts).where(visible).orderBy(asc(districts.id)).all();
}

export function districtByCode(db: Db, scope: Scope, code: string) {
  return listDistricts(db, scope).find((d) => d.code === code) ?? null;
}

/** Districts by id; callers reach them through a visible station, so no scope applies. */
export function districtsByIds(db: Db, ids: readonly number[]) {
  return db
    .select()
    .from(districts)
    .where(inArray(districts.id, [...ids]))
    .all();
}

export function stationByCode(db: Db, scope: Scope, code: string): StationRow | null {
  return (
    db
      .select()
      .from(stations)
      .where(and(eq(stations.code, code), stationInScope(stations.id, scope)))
      .get() ?? null
  );
}

export function stationsByIds(db: Db, scope: Scope, ids: readonly number[]): StationRow[] {
  return db
    .select()
    .from(stations)
    .where(and(inArray(stations.id, [...ids]), stationInScope(stations.id, scope)))
    .all();
}

export function stationsByDistrictIds(db: Db, scope: Scope, districtIds: readonly number[]): StationRow[] {
  return db
    .select()
    .from(stations)
    .where(and(inArray(stations.districtId, [...districtIds]), stationInScope(stations.id, scope)))
    .orderBy(asc(stations.id))
    .all();
}

export function areasByStationIds(db: Db, scope: Scope, stationIds: readonly number[]) {
  return db
    .select()
    .from(serviceAreas)
    .where(
      and(inArray(serviceAreas.stationId, [...stationIds]), stationInScope(serviceAreas.stationId, scope)),
    )
    .orderBy(asc(serviceAreas.code))
    .all();
}

export function areasByIds(db: Db, scope: Scope, ids: readonly number[]) {
  return db
    .select()
    .from(serviceAreas)
    .where(and(inArray(serviceAreas.id, [...ids]), stationInScope(serviceAreas.stationId, scope)))
    .all();
}

export function contractsByStationIds(db: Db, scope: Scope, stationIds: readonly number[]): ContractRow[] {
  return db
    .select()
    .from(contracts)
    .where(and(inArray(contracts.stationId, [...stationIds]), stationInScope(contracts.stationId, scope)))
    .orderBy(asc(contracts.serviceYear))
    .all();
}
