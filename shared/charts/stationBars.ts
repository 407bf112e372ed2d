import type { EChartsOption } from 'echarts';
import { formatPercent } from '../format.ts';
import type { ChartText } from '../messages.ts';
import { paren } from '../labels.ts';
import { demoColor, realStationColor, statusColors } from './palette.ts';
import { chartHeading } from './frame.ts';
import { completionMarkLines } from './referenceLines.ts';
import { percentAxis, stationAxisLabel } from './axis.ts';

export interface StationBar {
  code: string;
  name: string;
  isDemo: boolean;
  /** Fraction; null when the station has no figure that year (left out). */
  value: number | null;
  /** Bar colour (a status colour); default: fuchsia for real stations, grey for demo ones. */
  color?: string;
  /** The status the colour stands for: the legend then names each status shown. */
  status?: string;
}

export interface StationBarsInput {
  title: string;
  seriesName: string;
  rows: readonly StationBar[];
  expectedRate: number | null;
  /** Extra reference lines in percent, named in the legend, e.g. [{ value: 60, label: '< 60% 严重滞后' }]. */
  bands?: ReadonlyArray<{ value: number; label: string; color: string }>;
}

/**
 * Horizontal bars of one rate per station, best on top, demo stations marked in their label.
 * Bars are in percent; labels format the exact rate, so nothing is rounded twice.
 */
export function stationBarsOption(
  { title, seriesName, rows, expectedRate, bands = [] }: StationBarsInput,
  text: ChartText,
): EChartsOption {
  const sorted = rows
    .filter((r) => r.value != null)
    .sort((a, b) => (a.value as number) - (b.value as number));
  const label = (r: StationBar) => (r.isDemo ? paren(r.name, text.t('common.demo'), text.locale) : r.name);
  const figures = [...sorted].reverse().map((r) => `${label(r)} ${formatPercent(r.value, text.locale)}`);
  // The target, pace and band lines are named in a legend, not by labels on the lines: in a
  // narrow chart labels at the lines' ends ran into each other and into the axis ticks.
  const markLine = completionMarkLines(expectedRate, text, 'xAxis');
  for (const line of markLine.data) line.label = { show: false };
  markLine.data.push(
    ...bands.map((b) => ({
      xAxis: b.value,
      name: b.label,
      lineStyle: { color: b.color, type: 'dotted', width: 2 },
      label: { show: false },
    })),
  );
  // A legend key for each status the bars' colours stand for (empty series: keys, not bars).
  const statuses = Object.keys(statusColors).filter((s) => sorted.some((r) => r.status === s));
  const keys = statuses.map((status) => ({
    type: 'line' as const,
    name: text.t(`status.${status}`),
    data: [],
    itemStyle: { color: statusColors[status] },
    lineStyle: { opacity: 0 },
  }));
  const references = markLine.data.map((line) => ({
    type: 'line' as const,
    name: String(line.name),
    data: [],
    symbol: 'none',
    lineStyle: line.lineStyle as Record<string, unknown>,
    itemStyle: { color: (line.lineStyle as { color: string }).color },
  }));
  return {
    ...chartHeading(text.locale, title, figures),
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => formatPercent(Number(v) / 100, text.locale),
    },
    legend: {
      type: 'scroll',
      top: 32,
      data: [...keys.map((k) => ({ name: k.name, icon: 'rect' })), ...references.map((r) => r.name)],
      textStyle: { fontSize: 11 },
    },
    grid: { left: 8, right: 48, top: 70, bottom: 32, outerBoundsMode: 'same' },
    xAxis: percentAxis(),
    yAxis: { type: 'category', data: sorted.map(label), axisLabel: stationAxisLabel },
    series: [
      {
        type: 'bar',
        name: seriesName,
        // `code` names the station of a clicked bar.
        data: sorted.map((r) => ({
          value: (r.value as number) * 100,
          rate: r.value,
          code: r.code,
          itemStyle: { color: r.color ?? (r.isDemo ? demoColor : realStationColor) },
        })),
        label: {
          show: true,
          position: 'right',
          // On a white ground, so that a reference line passing under a value does not cross it.
          backgroundColor: '#fff',
          padding: [1, 2],
          formatter: (p) => formatPercent((p.data as { rate: number }).rate, text.locale),
          fontSize: 10,
        },
        // Under the bars' value labels (ECharts 6 markers take a z): a label hides the line it sits on.
        markLine: { ...markLine, z: 1 },
      },
      ...keys,
      ...references,
    ],
  };
}
