import type { EChartsOption } from 'echarts';
import { formatPercent } from '../modules/format.ts';
import type { ChartText } from '../modules/i18n.ts';
import { demoColor, seriesColors } from './palette.ts';
import { completionMarkLines } from './referenceLines.ts';

export interface StationCompletion {
  code: string;
  name: string;
  isDemo: boolean;
  /** Overall completion (fraction), null when the station has no contract that year. */
  completion: number | null;
}

/** Horizontal bars of overall completion per station, best on top, demo stations greyed and marked. */
export function districtCompletionOption(rows: readonly StationCompletion[], expectedRate: number | null, text: ChartText): EChartsOption {
  const sorted = rows.filter((r) => r.completion != null).sort((a, b) => (a.completion as number) - (b.completion as number));
  const label = (r: StationCompletion) => (r.isDemo ? `${r.name}（${text.t('common.demo')}）` : r.name);
  const description = [...sorted].reverse().map((r) => `${label(r)} ${formatPercent(r.completion, text.locale)}`).join('；');
  return {
    aria: { enabled: true, label: { description: `${text.t('district.chartTitle')}：${description}` } },
    title: { text: text.t('district.chartTitle'), left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => formatPercent(Number(v) / 100, text.locale) },
    grid: { left: 8, right: 48, top: 40, bottom: 24, outerBoundsMode: 'same' },
    xAxis: { type: 'value', axisLabel: { formatter: '{value}%' }, max: (v: { max: number }) => Math.max(110, Math.ceil(v.max / 10) * 10) },
    yAxis: { type: 'category', data: sorted.map(label), axisLabel: { fontSize: 11 } },
    series: [{
      type: 'bar',
      name: text.t('district.completion'),
      // Bars are in percent; labels format the exact rate, so a rounded bar value is never rounded twice.
      data: sorted.map((r) => ({ value: (r.completion as number) * 100, rate: r.completion, itemStyle: { color: r.isDemo ? demoColor : seriesColors[0] } })),
      label: { show: true, position: 'right', formatter: (p) => formatPercent((p.data as { rate: number }).rate, text.locale, 1), fontSize: 10 },
      markLine: completionMarkLines(expectedRate, text, 'xAxis'),
    }],
  };
}
