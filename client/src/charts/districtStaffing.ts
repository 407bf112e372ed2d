import type { EChartsOption } from 'echarts';
import { formatPercent } from '../modules/format.ts';
import type { ChartText } from '../modules/i18n.ts';
import { seriesColors, targetLineColor } from './palette.ts';

export interface StationStaffing {
  code: string;
  name: string;
  isDemo: boolean;
  stabilityRate: number | null;
  certifiedRatio: number | null;
  attendanceRate: number | null;
}

const metrics = ['stabilityRate', 'certifiedRatio', 'attendanceRate'] as const;

/** Stability, certified ratio and attendance rate by station (all over contracted positions), with the 100% line. */
export function districtStaffingOption(rows: readonly StationStaffing[], text: ChartText): EChartsOption {
  const shown = rows
    .filter((r) => r.stabilityRate != null)
    .sort((a, b) => (a.stabilityRate as number) - (b.stabilityRate as number));
  const label = (r: StationStaffing) => (r.isDemo ? `${r.name}（${text.t('common.demo')}）` : r.name);
  return {
    aria: {
      enabled: true,
      label: {
        description: `${text.t('staffing.districtTitle')}：${[...shown]
          .reverse()
          .map(
            (r) =>
              `${label(r)} ${metrics.map((m) => `${text.t(`staffing.${m}`)} ${formatPercent(r[m], text.locale, 0)}`).join('，')}`,
          )
          .join('；')}`,
      },
    },
    title: { text: text.t('staffing.districtTitle'), left: 'center', textStyle: { fontSize: 14 } },
    legend: { top: 36 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => formatPercent(Number(v) / 100, text.locale, 1),
    },
    grid: { left: 8, right: 24, top: 72, bottom: 24, outerBoundsMode: 'same' },
    xAxis: {
      type: 'value',
      axisLabel: { formatter: '{value}%' },
      max: (v: { max: number }) => Math.max(110, Math.ceil(v.max / 10) * 10),
    },
    yAxis: { type: 'category', data: shown.map(label), axisLabel: { fontSize: 11 } },
    series: metrics.map((m, i) => ({
      type: 'bar' as const,
      name: text.t(`staffing.${m}`),
      itemStyle: { color: seriesColors[i] },
      data: shown.map((r) => (r[m] == null ? ('-' as const) : (r[m] as number) * 100)),
      markLine:
        i === 0
          ? {
              symbol: 'none',
              silent: true,
              data: [
                {
                  xAxis: 100,
                  lineStyle: { color: targetLineColor, width: 2 },
                  label: { formatter: '100%', color: targetLineColor },
                },
              ],
            }
          : undefined,
    })),
  };
}
