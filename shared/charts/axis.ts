/** Round numbers an axis may end on, per power of ten: 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8. */
const roundSteps = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/**
 * A round axis maximum at or above `value` × 1.1 (440,000 → 500,000; 2,400 → 3,000), never an
 * odd one like 550,000, and without float noise.
 */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const padded = value * 1.1;
  const power = 10 ** Math.floor(Math.log10(padded));
  const step = roundSteps.find((s) => s * power >= padded - 1e-9) ?? 10;
  return Math.round(step * power * 1e6) / 1e6;
}

/**
 * A value axis in percent (bars carry rates × 100) that reaches past 100% (room for the target
 * line's label) and ends on a round 20: 120%, 140%, 180% — not 110% or 170%.
 */
export function percentAxis() {
  return {
    type: 'value' as const,
    // On a narrow chart (a phone) ECharts drops the labels that would run together.
    axisLabel: { formatter: '{value}%', hideOverlap: true },
    max: (v: { max: number }) => Math.ceil((Math.max(100, v.max) + 1) / 20) * 20,
    interval: 20,
  };
}

/**
 * Station names on a category axis: at most 200 px, cut with an ellipsis, so that one long name
 * (a name may be 80 characters) cannot squeeze the bars to nothing; the tooltip names it whole.
 */
export const stationAxisLabel = { fontSize: 11, width: 200, overflow: 'truncate' as const };
