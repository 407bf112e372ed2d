/**
 * Indicator definitions, targets and cumulative actuals, summed in SQL per contract ×
 * indicator × scope (area or station total). Statuses are built from these by the read model.
 */
import { and, asc, count, inArray, sql, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { contractDatePairs, longerThanMonth } from '../db/dialect.ts';
import { indicatorDefinitions, progressEntries, targets, type IndicatorDefinitionRow } from '../db/schema.ts';
import { contractInScope, type Scope } from './scope.ts';

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
  /**
   * Entries longer than a month (year totals) begun by `asOf` and ending after it: the figure is
   * judged only at their end. A month still running is simply not reported yet, so it is not pending.
   */
  pending: number;
  /** The sum of those pending entries' values (not in `value`): the year total as reported so far. */
  pendingValue: number;
}

export async function listIndicatorDefinitions(db: Db): Promise<IndicatorDefinitionRow[]> {
  return db.select().from(indicatorDefinitions).orderBy(asc(indicatorDefinitions.sortOrder));
}

/** The scoped lookups of this module (see `rowsByKeys`). */
export const indicatorLookups = {
  targetsByContract: { table: targets, key: targets.contractId, owner: { contract: targets.contractId } },
} as const;

/**
 * Cumulative actuals of many contracts, each as of its own date, in one statement: entries
 * count when their period has ended by that date; year totals still running then are counted as
 * pending, with their value apart, so a year total is never mistaken for "nothing done". A stated
 * rate is only meaningful when the actual is a single printed figure (ended, or a pending year
 * total), so it is kept only then.
 */
export async function actualsAsOf(
  db: Db,
  scope: Scope,
  requests: ReadonlyArray<{ contractId: number; asOf: string }>,
): Promise<ActualSum[]> {
  if (requests.length === 0) return [];
  const p = progressEntries;
  const ended = sql`${p.periodEnd} <= req.as_of`;
  const long = longerThanMonth(p.periodStart, p.periodEnd);
  // 1 for a year total begun by the date and still running then (a month still running: 0).
  const pendingEntry = sql<number>`case when ${ended} then 0 when ${long} then 1 else 0 end`;
  // A group's one entry, when it has ended or is a pending year total (max() of one row is that
  // row: the period is not grouped on, and PostgreSQL, unlike SQLite, refuses a bare column
  // beside aggregates).
  const oneShown = sql`count(*) = 1 and (max(${p.periodEnd}) <= req.as_of or max(${pendingEntry}) = 1)`;
  const single = <T>(column: SQLWrapper) => sql<T>`case when ${oneShown} then max(${column}) end`;
  return db
    .select({
      contractId: p.contractId,
      asOf: sql<string>`req.as_of`,
      indicatorId: p.indicatorId,
      areaId: p.areaId,
      value: sql<number>`coalesce(sum(case when ${ended} then ${p.value} end), 0)`.mapWith(Number),
      entries: sql<number>`sum(case when ${ended} then 1 else 0 end)`.mapWith(Number),
      statedRate: single<number | null>(p.statedRate),
      statedRateText: single<string | null>(p.statedRateText),
      printedValue: single<string | null>(p.printedValue),
      pending: sql<number>`sum(${pendingEntry})`.mapWith(Number),
      pendingValue: sql<number>`coalesce(sum(${pendingEntry} * ${p.value}), 0)`.mapWith(Number),
    })
    .from(p)
    .innerJoin(
      contractDatePairs(requests),
      sql`req.contract_id = ${p.contractId} and ${p.periodStart} <= req.as_of`,
    )
    .where(contractInScope(p.contractId, scope))
    .groupBy(p.contractId, sql`req.as_of`, p.indicatorId, p.areaId);
}

export type Granularity = 'MONTHLY' | 'YEAR_TOTAL' | 'MIXED' | 'NONE';

/** How each contract was reported: entries longer than a month are year (or period) totals. */
export async function granularityByContractIds(
  db: Db,
  scope: Scope,
  contractIds: readonly number[],
): Promise<Granularity[]> {
  const p = progressEntries;
  const rows = await db
    .select({
      contractId: p.contractId,
      long: sql<number>`sum(case when ${longerThanMonth(p.periodStart, p.periodEnd)} then 1 else 0 end)`.mapWith(
        Number,
      ),
      entries: count(),
    })
    .from(p)
    .where(and(inArray(p.contractId, [...contractIds]), contractInScope(p.contractId, scope)))
    .groupBy(p.contractId);
  const byContract = new Map(rows.map((r) => [r.contractId, r]));
  return contractIds.map((contractId) => {
    const row = byContract.get(contractId);
    if (!row || row.entries === 0) return 'NONE';
    return row.long === 0 ? 'MONTHLY' : row.long === row.entries ? 'YEAR_TOTAL' : 'MIXED';
  });
}
