import type { EChartsOption } from 'echarts';
import { formatPercent } from '../modules/format.ts';
import type { ChartText } from '../modules/i18n.ts';
import { paren } from '../modules/labels.ts';
import { demoColor, realStationColor } from './palette.ts';
import { chartHeading } from './frame.ts';
import { completionMarkLines } from './referenceLines.ts';
import { percentAxis } from './axis.ts';

export interface StationBar {
  code: string;
  name: string;
  isDemo: boolean;
  /** Fraction; null when the station has no figure that year (left out). */
  value: number | null;
  /** Bar colour (a status colour); default: fuchsia for real stations, grey for demo ones. */
  color?: string;
}

export interface StationBarsInput {
  title: string;
  seriesName: string;
  rows: readonly StationBar[];
  expectedRate: number | null;
  /** Extra reference lines in percent, e.g. band limits [{ value: 60, label: '60%' }]. */
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
  const markLine = completionMarkLines(expectedRate, text, 'xAxis');
  // Band labels sit at the foot of their line, clear of the target and pace labels at the top.
  markLine.data.push(
    ...bands.map((b) => ({
      xAxis: b.value,
      name: b.label,
      lineStyle: { color: b.color, type: 'dotted', width: 1 },
      label: { formatter: b.label, color: b.color, position: 'start' },
    })),
  );
  return {
    ...chartHeading(title, figures),
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => formatPercent(Number(v) / 100, text.locale),
    },
    grid: { left: 8, right: 48, top: 56, bottom: 32, outerBoundsMode: 'same' },
    xAxis: percentAxis(),
    yAxis: { type: 'category', data: sorted.map(label), axisLabel: { fontSize: 11 } },
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
          formatter: (p) => formatPercent((p.data as { rate: number }).rate, text.locale),
          fontSize: 10,
        },
        markLine,
      },
    ],
  };
}
