import type { EChartsOption } from 'echarts';
import { formatNumber } from '../format.ts';
import type { ChartText } from '../messages.ts';
import { paren } from '../labels.ts';
import { niceMax } from './axis.ts';
import { paceLineColor, seriesColors, statusColors } from './palette.ts';
import { chartHeading } from './frame.ts';
import { targetMarkLine } from './referenceLines.ts';

export interface QuarterPoint {
  quarter: number;
  /** Cumulative actual at the quarter's end; null for quarters not reached or not known. */
  actual: number | null;
  /** Share of the contract elapsed at the quarter's end (fraction); null when not known yet. */
  expectedRate: number | null;
  /** The pace as a count: target × expectedRate (the table shows the same number). */
  expected: number | null;
  status: string | null;
}

/**
 * One indicator by quarter: cumulative actual (bars coloured by status) against the pace line
 * (target × share of the year elapsed) and the target, with the linear projection to year end.
 */
export function quarterlyProgressOption(
  input: {
    name: string;
    unit: string;
    target: number;
    points: readonly QuarterPoint[];
    projectedActual: number | null;
  },
  text: ChartText,
): EChartsOption {
  const quarters = input.points.map((p) => `Q${p.quarter}`);
  const lastKnown = [...input.points].reverse().find((p) => p.actual != null);
  const projection = input.points.map((p) => {
    if (input.projectedActual == null || !lastKnown) return null;
    if (p.quarter === lastKnown.quarter) return lastKnown.actual;
    return p.quarter === 4 ? input.projectedActual : null;
  });
  const fmt = (v: unknown) => formatNumber(v == null ? null : Number(v), text.locale);
  /** The statuses the bars show, in the palette's order (the first carries the target line). */
  const shown = new Set(input.points.filter((p) => p.actual != null).map((p) => p.status ?? 'NO_TARGET'));
  const statuses = [
    ...Object.keys(statusColors).filter((s) => shown.has(s)),
    ...(shown.size ? [] : ['NO_TARGET']),
  ];
  return {
    ...chartHeading(
      text.locale,
      paren(input.name, input.unit, text.locale),
      [
        ...input.points.map((p) => `Q${p.quarter} ${fmt(p.actual)} ${input.unit}`),
        `${text.t('station.target')} ${fmt(input.target)}`,
      ],
      input.name,
    ),
    legend: { top: 36 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${fmt(v)} ${input.unit}` },
    grid: { left: 8, right: 24, top: 80, bottom: 24, outerBoundsMode: 'same' },
    xAxis: { type: 'category', data: quarters },
    yAxis: { type: 'value', max: (v: { max: number }) => niceMax(Math.max(v.max, input.target)) },
    series: [
      // One bar series per status shown, stacked into one bar a quarter: the legend then names
      // each colour the bars have (累计完成 · 进度正常 …), instead of a swatch no bar wears.
      ...statuses.map((status, i) => ({
        type: 'bar' as const,
        stack: 'actual',
        name: paren(text.t('quarterly.actual'), text.t(`status.${status}`), text.locale),
        itemStyle: { color: statusColors[status] ?? seriesColors[0] },
        data: input.points.map((p) =>
          p.actual != null && (p.status ?? 'NO_TARGET') === status ? p.actual : '-',
        ),
        ...(i === 0
          ? {
              markLine: targetMarkLine(
                'yAxis',
                input.target,
                `${text.t('station.target')} ${fmt(input.target)}`,
                text.t('station.target'),
              ),
            }
          : {}),
      })),
      {
        type: 'line',
        name: text.t('quarterly.pace'),
        data: input.points.map((p) => p.expected),
        lineStyle: { type: 'dashed', color: paceLineColor },
        itemStyle: { color: paceLineColor },
      },
      {
        type: 'line',
        name: text.t('quarterly.projection'),
        data: projection,
        connectNulls: false,
        lineStyle: { type: 'dotted', color: seriesColors[3] },
        itemStyle: { color: seriesColors[3] },
      },
    ],
  };
}
