import type { EChartsOption } from 'echarts';
import { formatPercent } from '../format.ts';
import type { ChartText } from '../messages.ts';
import { percentAxis } from './axis.ts';
import { chartHeading, coloured, listMarks } from './frame.ts';
import { seriesColors } from './palette.ts';

export interface TrendPoint {
  year: number;
  /** False for a year still running (its figures are to date, not final). */
  finished: boolean;
  completion: number | null;
  resources: number | null;
  stability: number | null;
}

/** Overall completion, resources linked and staff stability by service year (fractions → %). */
export function yearTrendOption(
  points: readonly TrendPoint[],
  title: string,
  text: ChartText,
): EChartsOption {
  const year = (p: TrendPoint) => (p.finished ? String(p.year) : text.t('trend.running', { year: p.year }));
  const metrics = [
    { key: 'completion', name: text.t('district.completion') },
    { key: 'resources', name: text.t('district.resources') },
    { key: 'stability', name: text.t('district.stability') },
  ] as const;
  const pct = (v: number | null) => formatPercent(v, text.locale);
  return {
    ...chartHeading(
      text.locale,
      title,
      points.map(
        (p) =>
          `${year(p)} ${metrics.map((m) => `${m.name} ${pct(p[m.key])}`).join(listMarks(text.locale).part)}`,
      ),
    ),
    legend: { top: 32 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => formatPercent(Number(v) / 100, text.locale) },
    grid: { left: 8, right: 24, top: 72, bottom: 24, outerBoundsMode: 'same' },
    xAxis: { type: 'category', data: points.map(year) },
    yAxis: percentAxis(),
    series: metrics.map((m, i) => ({
      ...coloured(
        'line',
        m.name,
        points.map((p) => (p[m.key] == null ? null : (p[m.key] as number) * 100)),
        seriesColors[i],
      ),
      symbolSize: 8,
      // Where two figures nearly coincide, one label gives way (the tooltip keeps both).
      labelLayout: { hideOverlap: true },
      label: {
        show: true,
        fontSize: 10,
        formatter: (v: { value: unknown }) => formatPercent(Number(v.value) / 100, text.locale),
      },
    })),
  };
}
