/**
 * The stored facts the data-quality rules look at, for a set of contracts, fetched in a constant
 * number of statements: printed rates, negative values, months reported, cross-source counts.
 */
import { and, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client.ts';
import {
  attendance,
  indicatorDefinitions,
  progressEntries,
  reachFigures,
  targets,
  volunteerSystemCounts,
} from '../db/schema.ts';
import { contractInScope, type Scope } from './scope.ts';

export async function qualityFacts(db: Db, scope: Scope, contractIds: readonly number[]) {
  const ids = [...contractIds];
  const p = progressEntries;
  const ofContracts = (column: SQLiteColumn) => and(inArray(column, ids), contractInScope(column, scope));
  const monthOf = (column: SQLiteColumn) => sql<string>`substr(${column}, 1, 7)`;
  const [targetRows, stated, negatives, monthsReported, systemCounts, reach, inPostByMonth] =
    await Promise.all([
      db.select().from(targets).where(ofContracts(targets.contractId)),
      db
        .select()
        .from(p)
        .where(and(ofContracts(p.contractId), isNotNull(p.statedRate))),
      db
        .select()
        .from(p)
        .where(and(ofContracts(p.contractId), lt(p.value, 0))),
      // Months with a one-month entry, per contract and feed: a few rows each, not every entry.
      db
        .selectDistinct({
          contractId: p.contractId,
          feed: indicatorDefinitions.feed,
          month: monthOf(p.periodEnd),
        })
        .from(p)
        .innerJoin(indicatorDefinitions, eq(indicatorDefinitions.id, p.indicatorId))
        .where(and(ofContracts(p.contractId), sql`${monthOf(p.periodStart)} = ${monthOf(p.periodEnd)}`)),
      db.select().from(volunteerSystemCounts).where(ofContracts(volunteerSystemCounts.contractId)),
      db.select().from(reachFigures).where(ofContracts(reachFigures.contractId)),
      db
        .select({ contractId: attendance.contractId, month: attendance.month, inPost: sql<number>`count(*)` })
        .from(attendance)
        .where(and(ofContracts(attendance.contractId), eq(attendance.inPost, true)))
        .groupBy(attendance.contractId, attendance.month),
    ]);
  return { targets: targetRows, stated, negatives, monthsReported, systemCounts, reach, inPostByMonth };
}

export type QualityFacts = Awaited<ReturnType<typeof qualityFacts>>;
