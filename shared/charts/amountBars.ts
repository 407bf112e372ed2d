import type { EChartsOption } from 'echarts';
import { formatNumber } from '../format.ts';
import type { ChartText } from '../messages.ts';
import { seriesColors } from './palette.ts';
import { chartHeading } from './frame.ts';

/** Horizontal bars of amounts by label (resources by source type or by area), largest on top. */
export function amountBarsOption(
  title: string,
  rows: ReadonlyArray<{ label: string; amount: number }>,
  unit: string,
  text: ChartText,
): EChartsOption {
  const sorted = [...rows].sort((a, b) => a.amount - b.amount);
  const fmt = (v: unknown) => `${formatNumber(Number(v), text.locale)} ${unit}`;
  return {
    ...chartHeading(
      text.locale,
      title,
      [...sorted].reverse().map((r) => `${r.label} ${fmt(r.amount)}`),
    ),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: fmt },
    grid: { left: 8, right: 72, top: 40, bottom: 24, outerBoundsMode: 'same' },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: sorted.map((r) => r.label) },
    series: [
      {
        type: 'bar',
        name: title,
        data: sorted.map((r) => r.amount),
        itemStyle: { color: seriesColors[2] },
        label: {
          show: true,
          position: 'right',
          formatter: (p) => formatNumber(Number(p.value), text.locale),
          fontSize: 10,
        },
      },
    ],
  };
}
