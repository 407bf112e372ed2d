/**
 * Completion, pace, status and projection of one indicator (DESIGN.md, "Metric definitions").
 * All rates are fractions: 1.037 = 103.7%.
 */
import { resourceBands, statusThresholds } from './config.ts';
import { daysInclusive } from './dates.ts';

/**
 * `PENDING`: the figure is (partly) a year total still running on the date. It is shown at its
 * value but judged only at the year total's end, so it is never weak and has no pace.
 */
export type IndicatorStatusCode = 'MET' | 'ON_TRACK' | 'BEHIND' | 'CRITICAL' | 'NO_TARGET' | 'PENDING';

/** actual ÷ target; null when the target is 0 or missing. */
export function completionRate(actual: number, target: number | null | undefined): number | null {
  if (target == null || target === 0) return null;
  return actual / target;
}

/** Share of the contract elapsed on `asOf` (elapsed days ÷ contract days, both ends counted), clamped to [0, 1]. */
export function expectedRate(contract: { start: string; end: string }, asOf: string): number {
  if (asOf < contract.start) return 0;
  const elapsed = daysInclusive(contract.start, asOf);
  return Math.min(1, elapsed / daysInclusive(contract.start, contract.end));
}

/** completion ÷ expected; null when either is unknown or nothing was expected yet. */
export function paceRatio(completion: number | null, expected: number): number | null {
  if (completion == null || expected === 0) return null;
  return completion / expected;
}

export function indicatorStatus(
  completion: number | null,
  pace: number | null,
  thresholds = statusThresholds,
): IndicatorStatusCode {
  if (completion == null) return 'NO_TARGET';
  if (completion >= 1) return 'MET';
  // Nothing is expected before the contract starts: an unfinished indicator is not yet late.
  if (pace == null) return 'ON_TRACK';
  if (pace >= thresholds.onTrack) return 'ON_TRACK';
  if (pace >= thresholds.behind) return 'BEHIND';
  return 'CRITICAL';
}

export type ResourceBand = 'MET' | 'ON_TRACK' | 'BEHIND' | 'CRITICAL' | 'NO_TARGET' | 'PENDING';

/** Band of resources linked: pace-adjusted while the year runs, plain completion once it is over. */
export function resourceBand(
  completion: number | null,
  pace: number | null,
  bands = resourceBands,
): ResourceBand {
  if (completion == null) return 'NO_TARGET';
  if (completion >= 1) return 'MET';
  const ratio = pace ?? completion;
  if (ratio >= bands.onTrack) return 'ON_TRACK';
  if (ratio >= bands.behind) return 'BEHIND';
  return 'CRITICAL';
}

/** The band of a resources figure: PENDING while it is a year total still running, else `resourceBand`. */
export function figureResourceBand(
  figures: Pick<IndicatorFigures, 'completionRate' | 'paceRatio' | 'status'>,
): ResourceBand {
  return figures.status === 'PENDING' ? 'PENDING' : resourceBand(figures.completionRate, figures.paceRatio);
}

/** Linear projection of the year-end completion rate: completion ÷ expected (fraction). */
export function projectedRate(completion: number | null, expected: number): number | null {
  return paceRatio(completion, expected);
}

/** What is still missing to reach the target, in the indicator's unit; 0 once met. */
export function gap(actual: number, target: number | null | undefined): number | null {
  if (target == null) return null;
  return Math.max(0, round2(target - actual));
}

/**
 * Rounds to two decimals, the precision every figure is kept and printed at: yuan to the cent,
 * scores as reports print them. Removes float noise (500000 − 194580.11).
 */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export interface IndicatorFigures {
  target: number | null;
  actual: number;
  completionRate: number | null;
  /** null while the figure is PENDING: a year total is not measured against the pace. */
  expectedRate: number | null;
  paceRatio: number | null;
  projectedRate: number | null;
  status: IndicatorStatusCode;
  gap: number | null;
}

/**
 * Every derived figure of one indicator scope (an area or the station total), given the
 * contract's expected rate on the date (computed once per contract: it parses dates).
 * `pending`: the actual is (partly) a year total still running on the date. Its value is shown
 * and its completion computed as usual, but a year total says nothing about the pace until it
 * ends: no expected rate, pace or projection, and status PENDING (never weak).
 */
export function indicatorFigures(
  target: number | null,
  actual: number,
  expected: number,
  pending = false,
): IndicatorFigures {
  const completion = completionRate(actual, target);
  if (pending) {
    return {
      ...{ target, actual, completionRate: completion, gap: gap(actual, target) },
      ...{ expectedRate: null, paceRatio: null, projectedRate: null, status: 'PENDING' },
    };
  }
  const pace = paceRatio(completion, expected);
  return {
    target,
    actual,
    completionRate: completion,
    expectedRate: expected,
    paceRatio: pace,
    projectedRate: projectedRate(completion, expected),
    status: indicatorStatus(completion, pace),
    gap: gap(actual, target),
  };
}

/**
 * One number for "how complete is this contract": the mean over indicators with a target of
 * completion capped at 100%, so that overshooting one indicator cannot hide a shortfall in
 * another (Chigang 2023: 19 of 20 indicators met, resources 38.92% → 96.95%). Null without targets.
 */
export function overallCompletion(rates: ReadonlyArray<number | null>): number | null {
  const known = rates.filter((r): r is number => r != null);
  if (known.length === 0) return null;
  return known.reduce((sum, r) => sum + Math.min(1, r), 0) / known.length;
}

/**
 * The pace and status of a contract's overall completion (`overallCompletion`), judged as an
 * indicator's. A contract whose every station-total figure with a target is PENDING (known only by
 * year totals still running) is judged only at its end: PENDING, without a pace, until then.
 * `figures`: how many station totals have a target, and how many of those are PENDING.
 */
export function overallProgress(
  completion: number | null,
  expected: number,
  figures: { indicators: number; pending: number },
): { paceRatio: number | null; status: IndicatorStatusCode } {
  if (figures.indicators > 0 && figures.pending >= figures.indicators)
    return { paceRatio: null, status: 'PENDING' };
  const pace = paceRatio(completion, expected);
  return { paceRatio: pace, status: indicatorStatus(completion, pace) };
}

/** Parses a printed rate ("103.70%", "100%") into a fraction; null when it is not a rate. */
export function parseStatedRate(text: string): number | null {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/.exec(text);
  return match ? Number(match[1]) / 100 : null;
}
