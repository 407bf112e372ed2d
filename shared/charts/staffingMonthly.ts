import type { EChartsOption } from 'echarts';
import type { ChartText } from '../messages.ts';
import { seriesColors } from './palette.ts';
import { chartHeading } from './frame.ts';
import { targetMarkLine } from './referenceLines.ts';

export interface StaffingMonth {
  month: string;
  inPost: number;
  insured: number;
  paid: number;
}

/** Staff in post, insured and paid per month against the contracted positions. */
export function staffingMonthlyOption(
  monthly: readonly StaffingMonth[],
  positions: number,
  text: ChartText,
): EChartsOption {
  const keys = ['inPost', 'insured', 'paid'] as const;
  return {
    ...chartHeading(text.locale, text.t('staffing.monthlyTitle'), [
      ...monthly.map((m) => `${m.month} ${m.inPost}/${m.insured}/${m.paid}`),
      `${text.t('staffing.positions')} ${positions}`,
    ]),
    legend: { top: 36 },
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 24, top: 80, bottom: 24, outerBoundsMode: 'same' },
    xAxis: { type: 'category', data: monthly.map((m) => m.month) },
    yAxis: { type: 'value', minInterval: 1, max: (v: { max: number }) => Math.max(v.max, positions) + 2 },
    series: keys.map((k, i) => ({
      type: 'line' as const,
      name: text.t(`staffing.${k}`),
      data: monthly.map((m) => m[k]),
      itemStyle: { color: seriesColors[i] },
      lineStyle: { type: i === 0 ? ('solid' as const) : ('dashed' as const) },
      markLine:
        i === 0
          ? targetMarkLine('yAxis', positions, `${text.t('staffing.positions')} ${positions}`)
          : undefined,
    })),
  };
}
