/**
 * Per-request DataLoaders: each batches one kind of lookup across the whole query, so a
 * district overview costs the same number of SQL statements for 18 stations or 500. Batches are
 * cut at `maxBatchSize` keys, well below SQLite's limit on bound parameters.
 */
import DataLoader from 'dataloader';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { InferSelectModel } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { groupRows } from '../lib/group.ts';
import { nextTurn } from '../lib/turns.ts';
import { evaluationLookups } from '../services/evaluations.ts';
import {
  actualsAsOf,
  granularityByContractIds,
  indicatorLookups,
  listIndicatorDefinitions,
} from '../services/indicators.ts';
import { resourceLookups } from '../services/resources.ts';
import { rowsByKeys, type Owner, type Scope } from '../services/scope.ts';
import { periodLookups } from '../services/periods.ts';
import { attendanceCounts, staffingLookups } from '../services/staffing.ts';
import { districtsByIds, stationLookups } from '../services/stations.ts';
import { volunteerLookups } from '../services/volunteers.ts';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** Keys per SQL statement: `actualsAsOf` binds two parameters a key, SQLite allows 32,766. */
export const maxBatchSize = 500;

type WindowKey = { contractId: number; from: string; to: string };
const windowKey = (k: WindowKey) => `${k.contractId}|${k.from}|${k.to}`;

type Lookup<T extends PgTable> = { table: T; key: PgColumn; owner: Owner; orderBy?: PgColumn };

/**
 * `check` runs before every statement (the request's deadline check). Every batch first waits
 * for its turn (`lib/turns.ts`): the reads of one request never run back to back with another's
 * work, so that no request holds the event loop for more than one batch and what it computes.
 */
export function createLoaders(db: Db, scope: Scope, check: () => void = () => {}) {
  const beforeBatch = async () => {
    await nextTurn();
    check();
  };
  /** Rows by id, in the order asked, null for an id not found (or not visible). */
  const byId = <T extends PgTable>(lookup: Lookup<T>, id: (row: InferSelectModel<T>) => number) =>
    new DataLoader<number, InferSelectModel<T> | null>(
      async (ids) => {
        await beforeBatch();
        const rows = new Map((await rowsByKeys(db, scope, lookup, ids)).map((r) => [id(r), r]));
        return ids.map((k) => rows.get(k) ?? null);
      },
      { maxBatchSize },
    );
  /** Rows grouped under the keys asked for, in the order asked (DataLoader's contract). */
  const grouped = <T extends PgTable>(lookup: Lookup<T>, key: (row: InferSelectModel<T>) => number) =>
    new DataLoader<number, Array<InferSelectModel<T>>>(
      async (keys) => {
        await beforeBatch();
        const groups = groupRows(await rowsByKeys(db, scope, lookup, keys), key);
        return keys.map((k) => groups.get(k) ?? []);
      },
      { maxBatchSize },
    );
  const s = stationLookups;
  return {
    district: new DataLoader(
      async (ids: readonly number[]) => {
        await beforeBatch();
        const rows = new Map((await districtsByIds(db, ids)).map((d) => [d.id, d]));
        return ids.map((id) => rows.get(id) ?? null);
      },
      { maxBatchSize },
    ),
    station: byId(s.stationById, (r) => r.id),
    stationsByDistrict: grouped(s.stationsByDistrict, (r) => r.districtId),
    area: byId(s.areaById, (r) => r.id),
    areasByStation: grouped(s.areasByStation, (r) => r.stationId),
    contractsByStation: grouped(s.contractsByStation, (r) => r.stationId),
    communitiesByArea: grouped(s.communitiesByArea, (r) => r.areaId),
    reachByContract: grouped(s.reachByContract, (r) => r.contractId),
    documentsByContract: grouped(s.documentsByContract, (r) => r.contractId),
    document: byId(s.documentById, (r) => r.id),
    targetsByContract: grouped(indicatorLookups.targetsByContract, (r) => r.contractId),
    /** Key: a contract and the date its actuals are cumulative to. */
    actuals: new DataLoader(
      async (keys: ReadonlyArray<{ contractId: number; asOf: string }>) => {
        await beforeBatch();
        const keyOf = (k: { contractId: number; asOf: string }) => `${k.contractId}|${k.asOf}`;
        const groups = groupRows(await actualsAsOf(db, scope, keys), keyOf);
        return keys.map((k) => groups.get(keyOf(k)) ?? []);
      },
      { cacheKeyFn: (k) => `${k.contractId}|${k.asOf}`, maxBatchSize },
    ),
    granularity: new DataLoader(
      async (ids: readonly number[]) => {
        await beforeBatch();
        return granularityByContractIds(db, scope, ids);
      },
      { maxBatchSize },
    ),
    /** Key: a contract and its window of months (`attendanceCounts`); null when none is reported. */
    attendanceCounts: new DataLoader(
      async (keys: ReadonlyArray<WindowKey>) => {
        await beforeBatch();
        const rows = new Map((await attendanceCounts(db, scope, keys)).map((row) => [windowKey(row), row]));
        return keys.map((k) => rows.get(windowKey(k)) ?? null);
      },
      { cacheKeyFn: windowKey, maxBatchSize },
    ),
    staffByStation: grouped(staffingLookups.staffByStation, (r) => r.stationId),
    attendanceByContract: grouped(staffingLookups.attendanceByContract, (r) => r.contractId),
    periodsByContract: grouped(periodLookups.periodsByContract, (r) => r.contractId),
    evaluationsByContract: grouped(evaluationLookups.evaluationsByContract, (r) => r.contractId),
    partsByEvaluation: grouped(evaluationLookups.partsByEvaluation, (r) => r.evaluationId),
    findingsByEvaluation: grouped(evaluationLookups.findingsByEvaluation, (r) => r.evaluationId),
    resourceLinksByContract: grouped(resourceLookups.linksByContract, (r) => r.contractId),
    volunteerTeamsByStation: grouped(volunteerLookups.teamsByStation, (r) => r.stationId),
    volunteerRecordsByContract: grouped(volunteerLookups.recordsByContract, (r) => r.contractId),
    volunteerSystemCountsByContract: byId(volunteerLookups.systemCountsByContract, (r) => r.contractId),
    indicatorDefinitions: once(() => listIndicatorDefinitions(db)),
  };
}

/** A value loaded at most once per request. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
}

export type Loaders = ReturnType<typeof createLoaders>;
