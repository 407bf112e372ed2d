import type { EChartsOption } from 'echarts';
import { formatNumber, formatPercent } from '../format.ts';
import type { ChartText } from '../messages.ts';
import { chartHeading } from './frame.ts';
import { statusColors } from './palette.ts';

export interface WeakShare {
  name: string;
  stations: number;
  /** Of the region's stations (fraction). */
  share: number;
}

/** The indicators most often weak across a region: the share of stations behind on each, most on top. */
export function weakIndicatorSharesOption(rows: readonly WeakShare[], text: ChartText): EChartsOption {
  const shown = [...rows].slice(0, 10).reverse();
  const label = (r: WeakShare) =>
    text.t('region.weakShare', {
      share: formatPercent(r.share, text.locale),
      count: formatNumber(r.stations, text.locale),
    });
  return {
    ...chartHeading(
      text.locale,
      text.t('region.weakTitle'),
      [...shown].reverse().map((r) => `${r.name} ${label(r)}`),
    ),
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => formatPercent(Number(v) / 100, text.locale),
    },
    grid: { left: 8, right: 96, top: 48, bottom: 24, outerBoundsMode: 'same' },
    xAxis: {
      type: 'value',
      max: 100,
      interval: 25,
      axisLabel: { formatter: '{value}%', hideOverlap: true },
    },
    // Names cut to a width (with "…") so that the bars keep room on a phone.
    yAxis: {
      type: 'category',
      data: shown.map((r) => r.name),
      axisLabel: { fontSize: 11, width: 110, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: text.t('region.weakSeries'),
        data: shown.map((r) => ({ value: r.share * 100, row: r })),
        itemStyle: { color: statusColors.BEHIND },
        label: {
          show: true,
          position: 'right',
          fontSize: 10,
          formatter: (p) => label((p.data as { row: WeakShare }).row),
        },
      },
    ],
  };
}
