import type { EChartsOption } from 'echarts';
import { formatNumber } from '../modules/format.ts';
import type { ChartText } from '../modules/i18n.ts';
import { niceMax } from './axis.ts';
import { paceLineColor, seriesColors, targetLineColor } from './palette.ts';

export interface ResourceMonth {
  month: string;
  amount: number;
  cumulative: number;
  paceAmount: number | null;
}

/** Yuan linked per month (bars) and cumulative (line) against the pace line and the year's target. */
export function resourceMonthlyOption(
  monthly: readonly ResourceMonth[],
  target: number | null,
  text: ChartText,
): EChartsOption {
  const yuan = (v: unknown) =>
    `${formatNumber(v == null ? null : Number(v), text.locale)} ${text.t('resources.yuan')}`;
  return {
    aria: {
      enabled: true,
      label: {
        description: `${text.t('resources.monthlyTitle')}：${monthly.map((m) => `${m.month} ${yuan(m.cumulative)}`).join('；')}`,
      },
    },
    title: { text: text.t('resources.monthlyTitle'), left: 'center', textStyle: { fontSize: 14 } },
    legend: { top: 36 },
    tooltip: { trigger: 'axis', valueFormatter: yuan },
    grid: { left: 8, right: 24, top: 80, bottom: 24, outerBoundsMode: 'same' },
    xAxis: { type: 'category', data: monthly.map((m) => m.month) },
    yAxis: { type: 'value', max: (v: { max: number }) => niceMax(Math.max(v.max, target ?? 0)) },
    series: [
      {
        type: 'bar',
        name: text.t('resources.monthAmount'),
        data: monthly.map((m) => m.amount),
        itemStyle: { color: seriesColors[1] },
      },
      {
        type: 'line',
        name: text.t('resources.cumulative'),
        data: monthly.map((m) => m.cumulative),
        itemStyle: { color: seriesColors[0] },
        markLine:
          target == null
            ? undefined
            : {
                symbol: 'none',
                silent: true,
                data: [
                  {
                    yAxis: target,
                    lineStyle: { color: targetLineColor, width: 2 },
                    label: {
                      formatter: `${text.t('station.target')} ${yuan(target)}`,
                      color: targetLineColor,
                    },
                  },
                ],
              },
      },
      {
        type: 'line',
        name: text.t('quarterly.pace'),
        data: monthly.map((m) => m.paceAmount),
        lineStyle: { type: 'dashed', color: paceLineColor },
        itemStyle: { color: paceLineColor },
      },
    ],
  };
}
