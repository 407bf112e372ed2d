/**
 * Per-request DataLoaders: each batches one kind of lookup across the whole query, so a
 * district overview costs the same number of SQL statements for 18 stations or 500.
 */
import DataLoader from 'dataloader';
import type { Db } from '../db/client.ts';
import { groupRows } from '../lib/group.ts';
import { evaluationsByContractIds } from '../services/evaluations.ts';
import {
  actualsAsOf,
  granularityByContractIds,
  listIndicatorDefinitions,
  targetsByContractIds,
  type IndicatorStatusModel,
} from '../services/indicators.ts';
import { resourceLinksByContractIds } from '../services/resources.ts';
import type { Scope } from '../services/scope.ts';
import {
  volunteerRecordsByContractIds,
  volunteerSystemCountsByContractIds,
  volunteerTeamsByStationIds,
} from '../services/volunteers.ts';
import { attendanceByContractIds, staffByStationIds } from '../services/staffing.ts';
import {
  areasByIds,
  areasByStationIds,
  districtsByIds,
  contractsByStationIds,
  stationsByDistrictIds,
  stationsByIds,
} from '../services/stations.ts';

/** Groups rows under the keys asked for, in the order asked (DataLoader's contract). */
function groupBy<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const map = groupRows(rows, keyOf);
  return keys.map((k) => map.get(k) ?? []);
}

/** Rows by id, in the order asked, null for an id not found (or not visible). */
function byIds<R extends { id: number }>(ids: readonly number[], rows: readonly R[]): Array<R | null> {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

export function createLoaders(db: Db, scope: Scope) {
  return {
    district: new DataLoader(async (ids: readonly number[]) => byIds(ids, districtsByIds(db, ids))),
    station: new DataLoader(async (ids: readonly number[]) => byIds(ids, stationsByIds(db, scope, ids))),
    stationsByDistrict: new DataLoader(async (ids: readonly number[]) =>
      groupBy(ids, stationsByDistrictIds(db, scope, ids), (s) => s.districtId),
    ),
    area: new DataLoader(async (ids: readonly number[]) => byIds(ids, areasByIds(db, scope, ids))),
    areasByStation: new DataLoader(async (ids: readonly number[]) =>
      groupBy(ids, areasByStationIds(db, scope, ids), (a) => a.stationId),
    ),
    contractsByStation: new DataLoader(async (ids: readonly number[]) =>
      groupBy(ids, contractsByStationIds(db, scope, ids), (c) => c.stationId),
    ),
    targetsByContract: new DataLoader(async (ids: readonly number[]) =>
      groupBy(ids, targetsByContractIds(db, scope, ids), (t) => t.contractId),
    ),
    /** Key: a contract and the date its actuals are cumulative to. */
    actuals: new DataLoader(
      async (keys: ReadonlyArray<{ contractId: number; asOf: string }>) => {
        const keyOf = (k: { contractId: number; asOf: string }) => `${k.contractId}|${k.asOf}`;
        return groupBy(keys.map(keyOf), actualsAsOf(db, scope, keys), keyOf);
      },
      { cacheKeyFn: (k) => `${k.contractId}|${k.asOf}` },
    ),
    staffByStation: new DataLoader(async (ids: readonly number[]) =>
      groupBy(ids, staffByStationIds(db, scope, ids), (s) => s.stationId),
    ),
    attendanceByContract: new DataLoader(async (ids: readonly number[]) =>
      groupBy(ids, attendanceByContractIds(db, scope, ids), (a) => a.contractId),
    ),
    evaluationsByContract: new DataLoader(async (ids: readonly number[]) =>
      groupBy(ids, evaluationsByContractIds(db, scope, ids), (e) => e.contractId),
    ),
    granularity: new DataLoader(async (ids: readonly number[]) =>
      granularityByContractIds(db, scope, ids).map((g) => g.granularity),
    ),
    resourceLinksByContract: new DataLoader(async (ids: readonly number[]) =>
      groupBy(ids, resourceLinksByContractIds(db, scope, ids), (l) => l.contractId),
    ),
    volunteerTeamsByStation: new DataLoader(async (ids: readonly number[]) =>
      groupBy(ids, volunteerTeamsByStationIds(db, scope, ids), (t) => t.stationId),
    ),
    volunteerRecordsByContract: new DataLoader(async (ids: readonly number[]) =>
      groupBy(ids, volunteerRecordsByContractIds(db, scope, ids), (r) => r.contractId),
    ),
    volunteerSystemCountsByContract: new DataLoader(async (ids: readonly number[]) =>
      groupBy(ids, volunteerSystemCountsByContractIds(db, scope, ids), (r) => r.contractId).map(
        (rows) => rows[0] ?? null,
      ),
    ),
    indicatorDefinitions: memo(() => listIndicatorDefinitions(db)),
    /** Built statuses per contract, date and area filter: several fields of one contract share them. */
    statuses: new Map<string, Promise<IndicatorStatusModel[]>>(),
  };
}

function memo<T>(load: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: load() }).v;
}

export type Loaders = ReturnType<typeof createLoaders>;
