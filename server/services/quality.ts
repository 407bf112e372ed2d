/**
 * The stored facts the data-quality rules look at, for a set of contracts, fetched in a constant
 * number of statements: printed rates, negative values, months reported, cross-source figures,
 * the documents figures come from, what reports claim in words, and staff positions.
 */
import { and, count, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.ts';
import {
  attendance,
  communities,
  contracts,
  documentFacts,
  indicatorDefinitions,
  progressEntries,
  qualityIssueStates,
  reachFigures,
  reportClaims,
  serviceAreas,
  sourceDocuments,
  staff,
  volunteerSystemCounts,
  type QualityIssueStateRow,
} from '../db/schema.ts';
import { contractInScope, type Scope } from './scope.ts';

export async function qualityFacts(db: Db, scope: Scope, contractIds: readonly number[]) {
  const ids = [...contractIds];
  const p = progressEntries;
  const ofContracts = (column: PgColumn) => and(inArray(column, ids), contractInScope(column, scope));
  const monthOf = (column: PgColumn) => sql<string>`substr(${column}, 1, 7)`;
  const [stated, negatives, monthsReported, systemCounts, reach] = await Promise.all([
    db
      .select()
      .from(p)
      .where(and(ofContracts(p.contractId), isNotNull(p.statedRate))),
    db
      .select()
      .from(p)
      // A literal 0, not a parameter: SQLite uses the partial index `progress_negative` only for
      // a condition it can see implies the index's own.
      .where(and(ofContracts(p.contractId), sql`${p.value} < 0`)),
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
  ]);
  const [inPostByMonth, documents, entryDocuments, claims, positions] = await Promise.all([
    db
      .select({ contractId: attendance.contractId, month: attendance.month, inPost: count() })
      .from(attendance)
      .where(and(ofContracts(attendance.contractId), eq(attendance.inPost, true)))
      .groupBy(attendance.contractId, attendance.month),
    db.select().from(sourceDocuments).where(ofContracts(sourceDocuments.contractId)),
    // The document each indicator's figures were printed in (one per contract × indicator × area).
    db
      .selectDistinct({ contractId: p.contractId, indicatorId: p.indicatorId, documentId: p.documentId })
      .from(p)
      .where(and(ofContracts(p.contractId), isNotNull(p.documentId))),
    db.select().from(reportClaims).where(ofContracts(reportClaims.contractId)),
    // Positions of the staff in post under each contract.
    db
      .selectDistinct({ contractId: attendance.contractId, name: staff.name, position: staff.position })
      .from(attendance)
      .innerJoin(staff, eq(staff.id, attendance.staffId))
      .where(and(ofContracts(attendance.contractId), eq(attendance.inPost, true))),
  ]);
  // What the documents print about themselves (titles, operators, sub-headers, total rows).
  const [printed, unmarked] = await Promise.all([
    db
      .select({ contractId: sourceDocuments.contractId, fact: documentFacts })
      .from(documentFacts)
      .innerJoin(sourceDocuments, eq(sourceDocuments.id, documentFacts.documentId))
      .where(ofContracts(sourceDocuments.contractId)),
    // People with months on record and not one mark among them (in post, insured or paid).
    db
      .select({
        contractId: attendance.contractId,
        staffId: staff.id,
        name: staff.name,
        position: staff.position,
        contractStart: staff.contractStart,
        contractEnd: staff.contractEnd,
        firstMonth: sql<string>`min(${attendance.month})`,
        lastMonth: sql<string>`max(${attendance.month})`,
      })
      .from(attendance)
      .innerJoin(staff, eq(staff.id, attendance.staffId))
      .where(ofContracts(attendance.contractId))
      .groupBy(attendance.contractId, staff.id)
      .having(
        sql`sum(case when ${attendance.inPost} or ${attendance.insured} or ${attendance.paid} then 1 else 0 end) = 0`,
      ),
  ]);
  const communityRows = await db
    .select({ contractId: contracts.id, areaId: communities.areaId, name: communities.nameZh })
    .from(communities)
    .innerJoin(serviceAreas, eq(serviceAreas.id, communities.areaId))
    .innerJoin(contracts, eq(contracts.stationId, serviceAreas.stationId))
    .where(ofContracts(contracts.id));
  return {
    stated,
    negatives,
    monthsReported,
    systemCounts,
    reach,
    inPostByMonth,
    documents,
    entryDocuments,
    claims,
    positions,
    communities: communityRows,
    printed,
    unmarked,
  };
}

export type QualityFacts = Awaited<ReturnType<typeof qualityFacts>>;

/** The work recorded on the issues of some contracts (`quality_issue_states`). */
export async function issueStates(db: Db, contractIds: readonly number[]): Promise<QualityIssueStateRow[]> {
  if (contractIds.length === 0) return [];
  return db
    .select()
    .from(qualityIssueStates)
    .where(inArray(qualityIssueStates.contractId, [...contractIds]));
}
