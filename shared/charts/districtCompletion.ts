import type { EChartsOption } from 'echarts';
import type { ChartText } from '../messages.ts';
import { statusColors } from './palette.ts';
import { stationBarsOption } from './stationBars.ts';

export interface StationCompletion {
  code: string;
  name: string;
  isDemo: boolean;
  /** Overall completion (fraction), null when the station has no contract that year. */
  completion: number | null;
  /** Its status against the pace (the server's), which colours the bar. */
  status: string;
}

/** The widths, in CSS pixels, the server draws this chart at (a phone's card to a wide screen's). */
export const drawnWidths = { min: 240, max: 2400 };

/** The chart's height in CSS pixels for a district of `stations` (a bar each), at least 240. */
export function districtCompletionHeight(stations: number): number {
  return Math.max(240, stations * 26 + 80);
}

/**
 * Overall completion per station, coloured by status as every status chart is (demo stations are
 * named so in their label), with the 100% target line and, while the year runs, the pace line.
 */
export function districtCompletionOption(
  rows: readonly StationCompletion[],
  expectedRate: number | null,
  text: ChartText,
): EChartsOption {
  return stationBarsOption(
    {
      title: text.t('district.chartTitle'),
      seriesName: text.t('district.completion'),
      rows: rows.map((r) => ({
        ...{ code: r.code, name: r.name, isDemo: r.isDemo, value: r.completion },
        color: statusColors[r.status],
        status: r.status,
      })),
      expectedRate,
    },
    text,
  );
}
