/** Evaluations with their part scores; totals and grades come from the domain. */
import { and, asc, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  evaluationParts,
  evaluations,
  findings,
  type EvaluationPartRow,
  type EvaluationRow,
} from '../db/schema.ts';
import { evaluationTotal, grade } from '../domain/evaluation.ts';
import type { Grade } from '../domain/config.ts';
import { contractInScope, type Scope } from './scope.ts';

export type FindingRow = typeof findings.$inferSelect;

export interface EvaluationModel extends EvaluationRow {
  parts: EvaluationPartRow[];
  findings: FindingRow[];
  total: number | null;
  grade: Grade | null;
}

export function evaluationsByContractIds(
  db: Db,
  scope: Scope,
  contractIds: readonly number[],
): EvaluationModel[] {
  const rows = db
    .select()
    .from(evaluations)
    .where(
      and(inArray(evaluations.contractId, [...contractIds]), contractInScope(evaluations.contractId, scope)),
    )
    .orderBy(asc(evaluations.date))
    .all();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const parts = db.select().from(evaluationParts).where(inArray(evaluationParts.evaluationId, ids)).all();
  const notes = db
    .select()
    .from(findings)
    .where(inArray(findings.evaluationId, ids))
    .orderBy(asc(findings.id))
    .all();
  return rows.map((row) => {
    const own = parts.filter((p) => p.evaluationId === row.id);
    const total = evaluationTotal(own, row.totalGiven);
    return {
      ...row,
      parts: own,
      findings: notes.filter((f) => f.evaluationId === row.id),
      total,
      grade: grade(total),
    };
  });
}
