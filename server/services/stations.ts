/** Districts, stations, service areas and contracts, always within the caller's scope. */
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  communities,
  contracts,
  districts,
  reachFigures,
  serviceAreas,
  sourceDocuments,
  stations,
  type StationRow,
} from '../db/schema.ts';
import { stationInScope, type Scope } from './scope.ts';

/** Districts with at least one visible station (all districts for the full scope). */
export async function listDistricts(db: Db, scope: Scope) {
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
  return db.select().from(districts).where(visible).orderBy(asc(districts.id));
}

export async function districtByCode(db: Db, scope: Scope, code: string) {
  return (await listDistricts(db, scope)).find((d) => d.code === code) ?? null;
}

/** Districts by id; callers reach them through a visible station, so no scope applies. */
export async function districtsByIds(db: Db, ids: readonly number[]) {
  return db
    .select()
    .from(districts)
    .where(inArray(districts.id, [...ids]));
}

export async function stationByCode(db: Db, scope: Scope, code: string): Promise<StationRow | null> {
  const rows = await db
    .select()
    .from(stations)
    .where(and(eq(stations.code, code), stationInScope(stations.id, scope)));
  return rows[0] ?? null;
}

/** The scoped lookups of this module (see `rowsByKeys`). */
export const stationLookups = {
  stationById: { table: stations, key: stations.id, owner: { station: stations.id } },
  stationsByDistrict: {
    table: stations,
    key: stations.districtId,
    owner: { station: stations.id },
    orderBy: stations.id,
  },
  areaById: { table: serviceAreas, key: serviceAreas.id, owner: { station: serviceAreas.stationId } },
  areasByStation: {
    table: serviceAreas,
    key: serviceAreas.stationId,
    owner: { station: serviceAreas.stationId },
    orderBy: serviceAreas.code,
  },
  communitiesByArea: {
    table: communities,
    key: communities.areaId,
    owner: { area: communities.areaId },
    orderBy: communities.id,
  },
  reachByContract: {
    table: reachFigures,
    key: reachFigures.contractId,
    owner: { contract: reachFigures.contractId },
    orderBy: reachFigures.id,
  },
  documentsByContract: {
    table: sourceDocuments,
    key: sourceDocuments.contractId,
    owner: { contract: sourceDocuments.contractId },
    orderBy: sourceDocuments.id,
  },
  documentById: {
    table: sourceDocuments,
    key: sourceDocuments.id,
    owner: { contract: sourceDocuments.contractId },
  },
  contractsByStation: {
    table: contracts,
    key: contracts.stationId,
    owner: { station: contracts.stationId },
    orderBy: contracts.serviceYear,
  },
} as const;

export interface ContractFilter {
  districtCode?: string | null;
  stationCode?: string | null;
  /** Only contracts whose term includes this date. */
  runningOn?: string | null;
  /** Only these contracts (the figures rollup fills many at once). */
  contractIds?: readonly number[] | null;
}

/** Contracts with their stations, of a district and/or one station, optionally running on a date. */
export async function contractsWithStations(db: Db, scope: Scope, filter: ContractFilter) {
  const { districtCode, stationCode, runningOn, contractIds } = filter;
  return db
    .select({ contract: contracts, station: stations })
    .from(contracts)
    .innerJoin(stations, eq(stations.id, contracts.stationId))
    .innerJoin(districts, eq(districts.id, stations.districtId))
    .where(
      and(
        districtCode ? eq(districts.code, districtCode) : undefined,
        stationCode ? eq(stations.code, stationCode) : undefined,
        runningOn ? and(lte(contracts.start, runningOn), gte(contracts.end, runningOn)) : undefined,
        contractIds ? inArray(contracts.id, [...contractIds]) : undefined,
        stationInScope(stations.id, scope),
      ),
    )
    .orderBy(asc(stations.id), asc(contracts.serviceYear));
}
