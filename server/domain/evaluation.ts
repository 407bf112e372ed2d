/** Weighted evaluation total and grade (DESIGN.md: Σ part score × weight; bands in config). */
import { gradeBands, type Grade } from './config.ts';
import { round2 } from './progress.ts';

export interface PartScore {
  weight: number;
  score: number;
}

/** One party's contribution to the total: score × weight, to 2 decimals (88.4 × 0.55 = 48.62). */
export function weightedScore(part: PartScore): number {
  return round2(part.score * part.weight);
}

/** Σ score × weight, rounded to 2 decimals as reports print it; the given total when there are no parts. */
export function evaluationTotal(parts: readonly PartScore[], totalGiven: number | null): number | null {
  if (parts.length === 0) return totalGiven;
  return round2(parts.reduce((sum, p) => sum + p.score * p.weight, 0));
}

export function grade(total: number | null, bands = gradeBands): Grade | null {
  if (total == null) return null;
  return bands.find((b) => total >= b.min)?.grade ?? null;
}
