/** Evaluations with their part scores and findings. */
import { evaluationParts, evaluations, findings } from '../db/schema.ts';

export type FindingRow = typeof findings.$inferSelect;

/** The scoped lookups of this module (see `rowsByKeys`). */
export const evaluationLookups = {
  evaluationsByContract: {
    table: evaluations,
    key: evaluations.contractId,
    owner: { contract: evaluations.contractId },
    orderBy: evaluations.date,
  },
  partsByEvaluation: {
    table: evaluationParts,
    key: evaluationParts.evaluationId,
    owner: { evaluation: evaluationParts.evaluationId },
  },
  findingsByEvaluation: {
    table: findings,
    key: findings.evaluationId,
    owner: { evaluation: findings.evaluationId },
    orderBy: findings.id,
  },
} as const;
