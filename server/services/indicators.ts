/**
 * Indicator targets and cumulative actuals, summed in SQL per contract × indicator × scope
 * (area or station total), and turned into statuses by the domain functions.
 */
import { and, asc, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  indicatorDefinitions,
  progressEntries,
  targets,
  type ContractRow,
  type IndicatorDefinitionRow,
  type ServiceAreaRow,
} from '../db/schema.ts';
import {
  expectedRate,
  indicatorFigures,
  overallCompletion,
  type IndicatorFigures,
} from '../domain/progress.ts';
import { contractInScope, type Scope } from './scope.ts';

export interface IndicatorStatusModel extends IndicatorFigures {
  indicator: IndicatorDefinitionRow;
  /** null = the station as a whole. */
  area: ServiceAreaRow | null;
  asOf: string;
  /** False when a year total running past `asOf` makes the actual incomplete. */
  complete: boolean;
  /** Rate as printed in the source table (fraction), when the actual comes from one entry. */
  statedRate: number | null;
  statedRateText: string | null;
  printedValue: string | null;
}

export interface ActualSum {
  contractId: number;
  asOf: string;
  indicatorId: number;
  areaId: number | null;
  value: number;
  entries: number;
  statedRate: number | null;
  statedRateText: string | null;
  printedValue: string | null;
  /** Entries begun by `asOf` whose period ends after it (year totals): their value is not yet known. */
  pending: number;
}

export function listIndicatorDefinitions(db: Db): IndicatorDefinitionRow[] {
  return db.select().from(indicatorDefinitions).orderBy(asc(indicatorDefinitions.sortOrder)).all();
}

export function targetsByContractIds(db: Db, scope: Scope, contractIds: readonly number[]) {
  return db
    .select()
    .from(targets)
    .where(and(inArray(targets.contractId, [...contractIds]), contractInScope(targets.contractId, scope)))
    .all();
}

/**
 * Cumulative actuals of many contracts, each as of its own date, in one statement: entries
 * count when their period has ended by that date; entries still running then are counted as
 * pending, so a year total is never mistaken for "nothing done". A stated rate is only meaningful when the
 * actual is a single printed figure, so it is kept only then.
 */
export function actualsAsOf(
  db: Db,
  scope: Scope,
  requests: ReadonlyArray<{ contractId: number; asOf: string }>,
): ActualSum[] {
  if (requests.length === 0) return [];
  const pairs = sql.join(
    requests.map((r) => sql`(${r.contractId}, ${r.asOf})`),
    sql`, `,
  );
  const p = progressEntries;
  const ended = sql`${p.periodEnd} <= req.as_of`;
  return db
    .select({
      contractId: p.contractId,
      asOf: sql<string>`req.as_of`,
      indicatorId: p.indicatorId,
      areaId: p.areaId,
      value: sql<number>`coalesce(sum(case when ${ended} then ${p.value} end), 0)`,
      entries: sql<number>`sum(case when ${ended} then 1 else 0 end)`,
      statedRate: sql<number | null>`case when count(*) = 1 and ${ended} then max(${p.statedRate}) end`,
      statedRateText: sql<
        string | null
      >`case when count(*) = 1 and ${ended} then max(${p.statedRateText}) end`,
      printedValue: sql<string | null>`case when count(*) = 1 and ${ended} then max(${p.printedValue}) end`,
      pending: sql<number>`sum(case when ${ended} then 0 else 1 end)`,
    })
    .from(p)
    .innerJoin(
      sql`(select column1 as contract_id, column2 as as_of from (values ${pairs})) as req`,
      sql`req.contract_id = ${p.contractId} and ${p.periodStart} <= req.as_of`,
    )
    .where(contractInScope(p.contractId, scope))
    .groupBy(p.contractId, sql`req.as_of`, p.indicatorId, p.areaId)
    .all();
}

export interface ContractIndicatorData {
  contract: ContractRow;
  asOf: string;
  definitions: readonly IndicatorDefinitionRow[];
  areas: readonly ServiceAreaRow[];
  targets: ReadonlyArray<{ indicatorId: number; areaId: number | null; value: number }>;
  actuals: readonly ActualSum[];
}

const scopeKey = (indicatorId: number, areaId: number | null) => `${indicatorId}:${areaId ?? 'total'}`;

/**
 * Every indicator status of a contract: one per area with a target or an actual, and one
 * station total per indicator. The station total is the printed total when one exists,
 * otherwise the sum over areas (targets likewise).
 */
export function buildIndicatorStatuses(
  data: ContractIndicatorData,
  areaCode?: string | null,
): IndicatorStatusModel[] {
  const targetBy = new Map(data.targets.map((t) => [scopeKey(t.indicatorId, t.areaId), t.value]));
  const actualBy = new Map(data.actuals.map((a) => [scopeKey(a.indicatorId, a.areaId), a]));
  const areas = areaCode == null ? data.areas : data.areas.filter((a) => a.code === areaCode);
  const expected = expectedRate(data.contract, data.asOf);
  const pendingInAreas = (indicatorId: number) =>
    data.actuals.some((a) => a.indicatorId === indicatorId && a.pending > 0);
  const model = (
    indicator: IndicatorDefinitionRow,
    area: ServiceAreaRow | null,
    target: number | undefined,
    actual: number | undefined,
    printed: ActualSum | undefined,
  ): IndicatorStatusModel => ({
    ...indicatorFigures(target ?? null, roundSum(actual ?? 0), expected),
    indicator,
    area,
    asOf: data.asOf,
    complete: (printed?.pending ?? 0) === 0 && (area !== null || !pendingInAreas(indicator.id)),
    statedRate: printed?.statedRate ?? null,
    statedRateText: printed?.statedRateText ?? null,
    printedValue: printed?.printedValue ?? null,
  });
  const statuses: IndicatorStatusModel[] = [];
  for (const indicator of data.definitions) {
    const areaItems = data.areas.map((area) => ({
      area,
      target: targetBy.get(scopeKey(indicator.id, area.id)),
      actual: actualBy.get(scopeKey(indicator.id, area.id)),
    }));
    const present = areaItems.filter((i) => i.target !== undefined || i.actual !== undefined);
    const sumOf = (values: Array<number | undefined>) =>
      values.some((v) => v !== undefined) ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : undefined;
    const totalTarget = targetBy.get(scopeKey(indicator.id, null)) ?? sumOf(present.map((i) => i.target));
    const totalActual = actualBy.get(scopeKey(indicator.id, null));
    const totalValue = totalActual?.value ?? sumOf(present.map((i) => i.actual?.value));
    if (totalTarget === undefined && totalValue === undefined) continue;
    if (areaCode == null) statuses.push(model(indicator, null, totalTarget, totalValue, totalActual));
    for (const item of present.filter((i) => areas.includes(i.area))) {
      statuses.push(model(indicator, item.area, item.target, item.actual?.value, item.actual));
    }
  }
  return statuses;
}

/** SQL sums of reals carry float noise (194580.11 + 0 …); figures are kept to the cent. */
function roundSum(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Mean capped completion over the station totals (see `overallCompletion`). */
export function contractOverallCompletion(statuses: readonly IndicatorStatusModel[]): number | null {
  return overallCompletion(statuses.filter((s) => s.area === null).map((s) => s.completionRate));
}

export type Granularity = 'MONTHLY' | 'YEAR_TOTAL' | 'MIXED' | 'NONE';

/** How each contract was reported: entries longer than a month are year (or period) totals. */
export function granularityByContractIds(
  db: Db,
  scope: Scope,
  contractIds: readonly number[],
): Array<{ contractId: number; granularity: Granularity }> {
  const p = progressEntries;
  const rows = db
    .select({
      contractId: p.contractId,
      long: sql<number>`sum(case when julianday(${p.periodEnd}) - julianday(${p.periodStart}) > 31 then 1 else 0 end)`,
      entries: sql<number>`count(*)`,
    })
    .from(p)
    .where(and(inArray(p.contractId, [...contractIds]), contractInScope(p.contractId, scope)))
    .groupBy(p.contractId)
    .all();
  return contractIds.map((contractId) => {
    const row = rows.find((r) => r.contractId === contractId);
    const granularity: Granularity =
      !row || row.entries === 0
        ? 'NONE'
        : row.long === 0
          ? 'MONTHLY'
          : row.long === row.entries
            ? 'YEAR_TOTAL'
            : 'MIXED';
    return { contractId, granularity };
  });
}
