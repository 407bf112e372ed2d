/**
 * A round axis maximum at or above `value` × 1.1 (484000.00000000006 → 500000), so no float noise
 * is printed.
 */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const padded = value * 1.1;
  const step = 10 ** Math.floor(Math.log10(padded)) / 2;
  return Math.ceil(padded / step) * step;
}

/** A value axis in percent (bars carry rates × 100) that reaches at least 110%, on round tens. */
export function percentAxis() {
  return {
    type: 'value' as const,
    axisLabel: { formatter: '{value}%' },
    max: (v: { max: number }) => Math.max(110, Math.ceil(v.max / 10) * 10),
  };
}
