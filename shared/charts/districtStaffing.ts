import type { EChartsOption } from 'echarts';
import { formatPercent } from '../format.ts';
import type { ChartText } from '../messages.ts';
import { paren } from '../labels.ts';
import { seriesColors } from './palette.ts';
import { chartHeading, listMarks } from './frame.ts';
import { percentAxis, stationAxisLabel } from './axis.ts';
import { targetMarkLine } from './referenceLines.ts';

export interface StationStaffing {
  code: string;
  name: string;
  isDemo: boolean;
  stabilityRate: number | null;
  certifiedRatio: number | null;
  attendanceRate: number | null;
}

const metrics = ['stabilityRate', 'certifiedRatio', 'attendanceRate'] as const;

/**
 * Stability, certified ratio and attendance rate by station (all over contracted positions), with
 * the 100% line.
 */
export function districtStaffingOption(rows: readonly StationStaffing[], text: ChartText): EChartsOption {
  const shown = rows
    .filter((r) => r.stabilityRate != null)
    .sort((a, b) => (a.stabilityRate as number) - (b.stabilityRate as number));
  const pct = (rate: number | null) => formatPercent(rate, text.locale);
  const label = (r: StationStaffing) =>
    r.isDemo ? paren(r.name, text.t('common.demo'), text.locale) : r.name;
  return {
    ...chartHeading(
      text.locale,
      text.t('staffing.districtTitle'),
      [...shown]
        .reverse()
        .map(
          (r) =>
            `${label(r)} ${metrics.map((m) => `${text.t(`staffing.${m}`)} ${pct(r[m])}`).join(listMarks(text.locale).part)}`,
        ),
    ),
    legend: { top: 36 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => formatPercent(Number(v) / 100, text.locale),
    },
    grid: { left: 8, right: 24, top: 72, bottom: 24, outerBoundsMode: 'same' },
    xAxis: percentAxis(),
    yAxis: { type: 'category', data: shown.map(label), axisLabel: stationAxisLabel },
    series: metrics.map((m, i) => ({
      type: 'bar' as const,
      name: text.t(`staffing.${m}`),
      itemStyle: { color: seriesColors[i] },
      // `code` names the station of a clicked bar.
      data: shown.map((r) => ({
        value: r[m] == null ? ('-' as const) : (r[m] as number) * 100,
        code: r.code,
      })),
      markLine: i === 0 ? targetMarkLine('xAxis', 100, '100%') : undefined,
    })),
  };
}
