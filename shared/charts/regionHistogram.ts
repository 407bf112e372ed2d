import type { EChartsOption } from 'echarts';
import { formatPercent } from '../format.ts';
import type { ChartText } from '../messages.ts';
import { chartHeading } from './frame.ts';
import { paceLineColor, statusColors } from './palette.ts';

export interface Bin {
  from: number;
  to: number | null;
  count: number;
  /** Of `count`, stations known by year totals still running: judged at their end, drawn apart. */
  pending?: number;
  /** The status of the bin's middle against the pace (the server's thresholds). */
  status: string;
}

/** A bin's label: 60–70%, or ≥ 100% for the open last bin. */
export function binLabel(bin: Bin, locale: ChartText['locale']): string {
  if (bin.to == null) return `≥ ${formatPercent(bin.from, locale, 0)}`;
  return `${Math.round(bin.from * 100)}–${formatPercent(bin.to, locale, 0)}`;
}

/**
 * How many stations reach each band of overall completion: thousands of stations in eleven
 * bars instead of thousands of bars. Each bar takes the status colour its band has against the
 * pace (the same thresholds as a station's own status), and the pace is a dashed line. Stations
 * known by year totals still running are stacked on top in the PENDING colour: the band's status
 * does not describe them.
 */
export function regionHistogramOption(
  bins: readonly Bin[],
  expectedRate: number | null,
  text: ChartText,
): EChartsOption {
  const labels = bins.map((b) => binLabel(b, text.locale));
  // The pace line sits inside the bin holding the expected rate, in proportion.
  const paceIndex =
    expectedRate == null || expectedRate >= 1 ? null : Math.min(expectedRate * 10, bins.length - 1) - 0.5;
  return {
    ...chartHeading(
      text.locale,
      text.t('region.histogramTitle'),
      bins.map((b, i) => `${labels[i]} ${b.count}`),
    ),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 16, top: 56, bottom: 8, outerBoundsMode: 'same' },
    xAxis: {
      type: 'category',
      data: labels,
      name: text.t('district.completion'),
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { fontSize: 10, interval: 0, rotate: 30 },
    },
    yAxis: { type: 'value', minInterval: 1, name: text.t('region.stationCount') },
    series: [
      {
        type: 'bar',
        stack: 'stations',
        name: text.t('region.stationCount'),
        data: bins.map((b) => ({
          value: b.count - (b.pending ?? 0),
          itemStyle: { color: statusColors[b.status] },
        })),
        // The bin's whole count on top of its stack: here unless stations are stacked above.
        label: {
          show: true,
          position: 'top',
          fontSize: 10,
          formatter: (p: { dataIndex: number }) =>
            bins[p.dataIndex]?.pending ? '' : String(bins[p.dataIndex]?.count),
        },
        markLine:
          paceIndex == null
            ? undefined
            : {
                symbol: 'none',
                silent: true,
                data: [
                  {
                    xAxis: paceIndex,
                    lineStyle: { color: paceLineColor, type: 'dashed', width: 2 },
                    label: {
                      formatter: text.t('station.paceLine', {
                        rate: formatPercent(expectedRate, text.locale),
                      }),
                      color: paceLineColor,
                      position: 'end',
                    },
                  },
                ],
              },
      },
      {
        type: 'bar',
        stack: 'stations',
        name: text.t('status.PENDING'),
        // No bar where there is none ('-'), rather than one of no height.
        data: bins.map((b) =>
          b.pending ? { value: b.pending, itemStyle: { color: statusColors.PENDING } } : '-',
        ),
        label: {
          show: true,
          position: 'top',
          fontSize: 10,
          formatter: (p: { dataIndex: number }) => String(bins[p.dataIndex]?.count ?? ''),
        },
      },
    ],
  };
}
