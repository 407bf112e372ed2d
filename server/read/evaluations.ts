/** Evaluations of a contract with their part scores, weighted total, grade and findings. */
import type { ContractRow, EvaluationPartRow, EvaluationRow } from '../db/schema.ts';
import type { Grade } from '../domain/config.ts';
import { evaluationTotal, grade, weightedScore } from '../domain/evaluation.ts';
import type { FindingRow } from '../services/evaluations.ts';
import type { Reader } from './reader.ts';

export type EvaluationPartModel = EvaluationPartRow & { weightedScore: number };

export interface EvaluationModel extends EvaluationRow {
  parts: EvaluationPartModel[];
  total: number | null;
  grade: Grade | null;
}

export async function evaluations(r: Reader, contract: ContractRow): Promise<EvaluationModel[]> {
  const rows = await r.loaders.evaluationsByContract.load(contract.id);
  return Promise.all(
    rows.map(async (row) => {
      const parts = await r.loaders.partsByEvaluation.load(row.id);
      const total = evaluationTotal(parts, row.totalGiven);
      return {
        ...row,
        parts: parts.map((p) => ({ ...p, weightedScore: weightedScore(p) })),
        total,
        grade: grade(total),
      };
    }),
  );
}

export function findings(r: Reader, evaluation: EvaluationModel): Promise<FindingRow[]> {
  return r.loaders.findingsByEvaluation.load(evaluation.id);
}
