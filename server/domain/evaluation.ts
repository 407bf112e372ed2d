/** Weighted evaluation total and grade (DESIGN.md: Σ part score × weight; bands in config). */
import { gradeBands, type Grade } from './config.ts';

export interface PartScore {
  weight: number;
  score: number;
}

/** Σ score × weight, rounded to 2 decimals as reports print it; the given total when there are no parts. */
export function evaluationTotal(parts: readonly PartScore[], totalGiven: number | null): number | null {
  if (parts.length === 0) return totalGiven;
  const total = parts.reduce((sum, p) => sum + p.score * p.weight, 0);
  return Math.round(total * 100) / 100;
}

export function grade(total: number | null, bands = gradeBands): Grade | null {
  if (total == null) return null;
  return bands.find((b) => total >= b.min)?.grade ?? null;
}
