/** Summaries of a figure over many stations: quartiles, bins, counts (fractions in, fractions out). */

export interface Distribution {
  count: number;
  min: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  max: number | null;
  mean: number | null;
}

/** The value at quantile q of sorted values, interpolated between neighbours (as spreadsheets' PERCENTILE). */
function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const lower = sorted[low] as number;
  const upper = sorted[Math.min(low + 1, sorted.length - 1)] as number;
  return lower + (upper - lower) * (at - low);
}

/** Count, quartiles and mean of the values present (nulls are left out). */
export function distribution(values: ReadonlyArray<number | null>): Distribution {
  const sorted = values.filter((v): v is number => v != null).sort((a, b) => a - b);
  const count = sorted.length;
  return {
    count,
    min: sorted[0] ?? null,
    p25: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    p75: quantile(sorted, 0.75),
    max: sorted[count - 1] ?? null,
    mean: count === 0 ? null : sorted.reduce((a, b) => a + b, 0) / count,
  };
}

/** Values in bins of `width` from 0 up to `top`, the last bin open-ended ([top, ∞)); below 0 counts in the first. */
export function histogram(
  values: ReadonlyArray<number | null>,
  width = 0.1,
  top = 1,
): Array<{ from: number; to: number | null; count: number }> {
  const bins = Math.round(top / width);
  const counts = new Array<number>(bins + 1).fill(0);
  for (const v of values) {
    if (v == null) continue;
    // Rounded to a millionth first, so that 0.3 (0.29999… in floating point) falls in its own bin.
    const index = Math.min(bins, Math.max(0, Math.floor(Math.round((v / width) * 1e6) / 1e6)));
    counts[index] = (counts[index] as number) + 1;
  }
  return counts.map((count, i) => ({
    from: Math.round(i * width * 1e9) / 1e9,
    to: i === bins ? null : Math.round((i + 1) * width * 1e9) / 1e9,
    count,
  }));
}

/** How many of each key, in the order of `keys` (keys with none included, as 0). */
export function countBy<K>(items: readonly K[], keys: readonly K[]): Array<{ key: K; count: number }> {
  const counts = new Map<K, number>(keys.map((k) => [k, 0]));
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts.entries()].map(([key, count]) => ({ key, count }));
}
