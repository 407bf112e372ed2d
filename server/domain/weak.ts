/** Which indicator statuses are weak, and how weak ones are ranked against each other. */
import type { IndicatorStatusCode } from './progress.ts';

const weakSeverity: Partial<Record<IndicatorStatusCode, number>> = { CRITICAL: 0, BEHIND: 1 };

/** Weak = BEHIND or CRITICAL. A met indicator is never weak, nor a PENDING year total. */
export function isWeak(status: IndicatorStatusCode): boolean {
  return weakSeverity[status] !== undefined;
}

export interface RankableFigures {
  status: IndicatorStatusCode;
  paceRatio: number | null;
  target: number | null;
  gap: number | null;
}

/** Critical before behind, then the slowest pace, then the largest share of the target missing. */
export function rankWeak(a: RankableFigures, b: RankableFigures): number {
  const bySeverity = (weakSeverity[a.status] ?? 2) - (weakSeverity[b.status] ?? 2);
  if (bySeverity !== 0) return bySeverity;
  const byPace = (a.paceRatio ?? 0) - (b.paceRatio ?? 0);
  if (byPace !== 0) return byPace;
  const relativeGap = (s: RankableFigures) => (s.target ? (s.gap ?? 0) / s.target : 0);
  return relativeGap(b) - relativeGap(a);
}

/**
 * The weak ones among `figures`, ranked and cut to `limit`. Year totals still running on the date
 * are PENDING (`indicatorFigures`), never weak.
 */
export function rankedWeak<T extends RankableFigures>(figures: readonly T[], limit: number | null): T[] {
  const weak = figures.filter((s) => isWeak(s.status)).sort(rankWeak);
  return limit != null && limit >= 0 ? weak.slice(0, limit) : weak;
}
