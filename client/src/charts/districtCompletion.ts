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
  return {
    aria: { enabled: true },
    title: { text: text.t('district.chartTitle'), left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => formatPercent(Number(v) / 100, text.locale) },
    grid: { left: 8, right: 48, top: 40, bottom: 24, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: '{value}%' }, max: (v: { max: number }) => Math.max(110, Math.ceil(v.max / 10) * 10) },
    yAxis: { type: 'category', data: sorted.map(label), axisLabel: { fontSize: 11 } },
    series: [{
      type: 'bar',
      name: text.t('district.completion'),
      data: sorted.map((r) => ({ value: Math.round((r.completion as number) * 10000) / 100, itemStyle: { color: r.isDemo ? demoColor : seriesColors[0] } })),
      label: { show: true, position: 'right', formatter: (p) => formatPercent(Number(p.value) / 100, text.locale, 1), fontSize: 10 },
      markLine: completionMarkLines(expectedRate, text, 'xAxis'),
    }],
  };
}
