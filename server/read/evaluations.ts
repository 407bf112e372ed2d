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

/** What a list of findings is narrowed to; each given field must match (enums as the API spells them). */
export interface FindingFilter {
  party?: string | null;
  dimension?: string | null;
  polarity?: string | null;
  kind?: string | null;
  /** A section and everything under it: 二（四） keeps 二（四）2（1）③. */
  section?: string | null;
}

/** What a finding is, as the API names it: its polarity for a finding proper, else its kind. */
export const findingKind = (f: Pick<FindingRow, 'kind' | 'polarity'>) =>
  f.kind === 'finding' ? f.polarity : f.kind;

export async function findings(
  r: Reader,
  evaluation: EvaluationModel,
  filter: FindingFilter = {},
): Promise<FindingRow[]> {
  const rows = await r.loaders.findingsByEvaluation.load(evaluation.id);
  const same = (asked: string | null | undefined, value: string | null) =>
    asked == null || asked.toLowerCase() === value;
  return rows.filter(
    (f) =>
      same(filter.party, f.party) &&
      same(filter.polarity, f.polarity) &&
      same(filter.kind, findingKind(f)) &&
      (filter.dimension == null || filter.dimension === f.dimension) &&
      (filter.section == null || (f.section ?? '').startsWith(filter.section)),
  );
}
