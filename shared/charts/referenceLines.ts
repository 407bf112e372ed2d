import type { ChartText } from '../messages.ts';
import { formatPercent, roundTo } from '../format.ts';
import { paceLineColor, targetLineColor } from './palette.ts';

/**
 * Where a reference line's label sits: a level line (on the value y axis) labels itself inside
 * the plot above its right end, so no label is cut at the chart's edge; an upright line at its top.
 */
const labelAt = (axis: 'xAxis' | 'yAxis') => (axis === 'yAxis' ? 'insideEndTop' : 'end');

/**
 * The two reference lines every completion chart carries: the 100% target and, while the
 * contract is running, the expected pace (share of the term elapsed). Values are in percent.
 */
export function completionMarkLines(expectedRate: number | null, text: ChartText, axis: 'xAxis' | 'yAxis') {
  const lines: Array<Record<string, unknown>> = [
    {
      [axis]: 100,
      name: text.t('station.targetLine'),
      lineStyle: { color: targetLineColor, type: 'solid', width: 2 },
      label: { formatter: text.t('station.targetLine'), color: targetLineColor, position: labelAt(axis) },
    },
  ];
  if (expectedRate != null && expectedRate < 1) {
    const label = text.t('station.paceLine', { rate: formatPercent(expectedRate, text.locale) });
    lines.push({
      [axis]: roundTo(expectedRate * 100, 1),
      name: label,
      lineStyle: { color: paceLineColor, type: 'dashed', width: 2 },
      label: { formatter: label, color: paceLineColor, position: labelAt(axis) },
    });
  }
  return { symbol: 'none', silent: true, data: lines };
}

/** One solid line in the target colour at `value` on the axis, with its label (a target, the positions). */
export function targetMarkLine(axis: 'xAxis' | 'yAxis', value: number, label: string, name?: string) {
  const line: Record<string, unknown> = {
    [axis]: value,
    ...(name === undefined ? {} : { name }),
    lineStyle: { color: targetLineColor, width: 2 },
    label: { formatter: label, color: targetLineColor, position: labelAt(axis) },
  };
  return { symbol: 'none', silent: true, data: [line] };
}
