import type { EChartsOption } from 'echarts';
import { stationAxisLabel } from './axis.ts';
import { HeatmapChart } from 'echarts/charts';
import { VisualMapPiecewiseComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { formatPercent } from '../format.ts';
import type { ChartText } from '../messages.ts';
import { statusColors } from './palette.ts';
import { chartHeading } from './frame.ts';

// Registered here, not in shared/echarts.ts: only the page that draws a heatmap loads these two
// (about 8 kB compressed of the first chart's JS on every other page).
use([HeatmapChart, VisualMapPiecewiseComponent]);

export interface HeatmapCell {
  station: string;
  indicator: string;
  /** The server's status (PENDING for a year total still running: judged at year end). */
  status: string;
  /** The server's verdict that the status is weak (`IndicatorStatus.weak`). */
  weak: boolean;
  completionRate: number | null;
  /** The station, service year and indicator the cell shows (a click opens them). */
  target?: { station: string; year: number; indicator: string };
}

/** Status codes in the order of the colour legend; the cell value is the index. */
const statuses = ['CRITICAL', 'BEHIND', 'ON_TRACK', 'MET', 'PENDING', 'NO_TARGET'] as const;

/** Stations × indicators, each cell coloured by the station total's status. */
export function statusHeatmapOption(
  stations: readonly string[],
  indicators: readonly string[],
  cells: readonly HeatmapCell[],
  text: ChartText,
): EChartsOption {
  const weakCount = (s: string) => cells.filter((c) => c.station === s && c.weak).length;
  return {
    ...chartHeading(
      text.locale,
      text.t('weak.heatmapTitle'),
      stations.map((s) => `${s} ${text.t('weak.weakCount', { n: weakCount(s) })}`),
    ),
    tooltip: {
      formatter: (p) => {
        const d = (Array.isArray(p) ? p[0] : p)?.data as { cell?: HeatmapCell } | undefined;
        if (!d?.cell) return '';
        const { station, indicator, status, completionRate } = d.cell;
        const rate = formatPercent(completionRate, text.locale);
        return `${station} · ${indicator}<br/>${text.t(`status.${status}`)} ${rate}`;
      },
    },
    // The colour key as a legend, which wraps on a phone (a piecewise visual map is one row,
    // cut at both edges of a 390 px screen); the visual map, hidden, still colours the cells.
    legend: {
      top: 34, // below the title (its box ends at 29 px)
      selectedMode: false,
      itemWidth: 14,
      itemHeight: 10,
      textStyle: { fontSize: 11 },
      data: statuses.map((s) => ({ name: text.t(`status.${s}`), icon: 'rect' })),
    },
    grid: { left: 8, right: 8, top: 90, bottom: 8, outerBoundsMode: 'same' },
    xAxis: {
      type: 'category',
      data: [...indicators],
      axisLabel: { rotate: 45, fontSize: 10, interval: 0, width: 90, overflow: 'truncate' },
      splitArea: { show: true },
    },
    yAxis: { type: 'category', data: [...stations], axisLabel: stationAxisLabel, splitArea: { show: true } },
    visualMap: {
      type: 'piecewise',
      show: false,
      dimension: 2,
      pieces: statuses.map((s, i) => ({ value: i, label: text.t(`status.${s}`), color: statusColors[s] })),
    },
    series: [
      {
        type: 'heatmap',
        name: text.t('weak.heatmapTitle'),
        data: cells.map((c) => ({
          value: [
            indicators.indexOf(c.indicator),
            stations.indexOf(c.station),
            statuses.indexOf(c.status as (typeof statuses)[number]),
          ],
          cell: c,
        })),
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
      },
      // The legend's keys (empty series: a colour and a name each, no data).
      ...statuses.map((s) => ({
        type: 'line' as const,
        name: text.t(`status.${s}`),
        data: [],
        itemStyle: { color: statusColors[s] },
        lineStyle: { opacity: 0 },
      })),
    ],
  };
}
