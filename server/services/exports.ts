/**
 * The figures of one station-year as the official tables print them: targets, actuals summed
 * over the contract with the printed rate when one entry holds it, and the staff with their
 * months. Scoped like every service: a station out of scope is not found.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';
import { appError } from '../errors.ts';
import { stationInScope, type Scope } from './scope.ts';

export async function stationYear(db: Db, scope: Scope, stationCode: string, year: number) {
  const station = (
    await db
      .select()
      .from(t.stations)
      .where(and(eq(t.stations.code, stationCode), stationInScope(t.stations.id, scope)))
  )[0];
  if (!station) throw appError('import/unknown_station', { value: stationCode });
  const contract =
    (
      await db
        .select()
        .from(t.contracts)
        .where(and(eq(t.contracts.stationId, station.id), eq(t.contracts.serviceYear, year)))
    )[0] ?? null;
  const areas = await db
    .select()
    .from(t.serviceAreas)
    .where(eq(t.serviceAreas.stationId, station.id))
    .orderBy(asc(t.serviceAreas.code));
  const definitions = await db
    .select()
    .from(t.indicatorDefinitions)
    .orderBy(t.indicatorDefinitions.sortOrder);
  if (!contract) return { station, contract, areas, definitions, targets: [], actuals: [] };
  const targets = await db.select().from(t.targets).where(eq(t.targets.contractId, contract.id));
  const p = t.progressEntries;
  const actuals = await db
    .select({
      indicatorId: p.indicatorId,
      areaId: p.areaId,
      value: sql<number>`sum(${p.value})`.mapWith(Number),
      statedRateText: sql<string | null>`case when count(*) = 1 then max(${p.statedRateText}) end`,
    })
    .from(p)
    .where(eq(p.contractId, contract.id))
    .groupBy(p.indicatorId, p.areaId);
  return { station, contract, areas, definitions, targets, actuals };
}

export type StationYear = Awaited<ReturnType<typeof stationYear>>;

/** The contract's staff (everyone with a month in it) and their months, in roster order. */
export async function contractAttendance(db: Db, contractId: number) {
  const months = await db
    .select()
    .from(t.attendance)
    .where(eq(t.attendance.contractId, contractId))
    .orderBy(asc(t.attendance.month));
  const ids = [...new Set(months.map((m) => m.staffId))];
  const people =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(t.staff)
          .where(
            sql`${t.staff.id} in (${sql.join(
              ids.map((id) => sql`${id}`),
              sql`, `,
            )})`,
          )
          .orderBy(asc(t.staff.id));
  return { people, months };
}
