import type { EChartsOption } from 'echarts';
import { formatNumber } from '../format.ts';
import type { ChartText } from '../messages.ts';
import { niceMax } from './axis.ts';
import { paceLineColor, seriesColors } from './palette.ts';
import { chartHeading, coloured } from './frame.ts';
import { targetMarkLine } from './referenceLines.ts';

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
  const of = (key: 'amount' | 'cumulative' | 'paceAmount') => monthly.map((m) => m[key]);
  return {
    ...chartHeading(
      text.locale,
      text.t('resources.monthlyTitle'),
      monthly.map((m) => `${m.month} ${yuan(m.cumulative)}`),
    ),
    legend: { top: 36 },
    tooltip: { trigger: 'axis', valueFormatter: yuan },
    grid: { left: 8, right: 24, top: 80, bottom: 24, outerBoundsMode: 'same' },
    xAxis: { type: 'category', data: monthly.map((m) => m.month) },
    yAxis: { type: 'value', max: (v: { max: number }) => niceMax(Math.max(v.max, target ?? 0)) },
    series: [
      coloured('bar', text.t('resources.monthAmount'), of('amount'), seriesColors[1]),
      {
        ...coloured('line', text.t('resources.cumulative'), of('cumulative'), seriesColors[0]),
        markLine:
          target == null
            ? undefined
            : targetMarkLine('yAxis', target, `${text.t('station.target')} ${yuan(target)}`),
      },
      {
        ...coloured('line', text.t('quarterly.pace'), of('paceAmount'), paceLineColor),
        lineStyle: { type: 'dashed', color: paceLineColor },
      },
    ],
  };
}
