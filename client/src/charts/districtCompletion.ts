import type { EChartsOption } from 'echarts';
import type { ChartText } from '../modules/i18n.ts';
import { stationBarsOption } from './stationBars.ts';

export interface StationCompletion {
  code: string;
  name: string;
  isDemo: boolean;
  /** Overall completion (fraction), null when the station has no contract that year. */
  completion: number | null;
}

/** Overall completion per station, with the 100% target line and, while the year runs, the pace line. */
export function districtCompletionOption(
  rows: readonly StationCompletion[],
  expectedRate: number | null,
  text: ChartText,
): EChartsOption {
  return stationBarsOption(
    {
      title: text.t('district.chartTitle'),
      seriesName: text.t('district.completion'),
      rows: rows.map((r) => ({ code: r.code, name: r.name, isDemo: r.isDemo, value: r.completion })),
      expectedRate,
    },
    text,
  );
}
