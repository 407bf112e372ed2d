import type { EChartsOption } from 'echarts';
import { formatNumber, formatPercent } from '../format.ts';
import type { ChartText } from '../messages.ts';
import { paren } from '../labels.ts';
import { seriesColors } from './palette.ts';
import { completionMarkLines } from './referenceLines.ts';
import { chartHeading } from './frame.ts';
import { percentAxis } from './axis.ts';

export interface IndicatorPoint {
  code: string;
  name: string;
  /** Area code; null for the station total. */
  area: string | null;
  completionRate: number | null;
  actual: number;
  target: number | null;
}

/**
 * Completion of every indicator, one bar per service area and one for the station total,
 * with the target (100%) and pace lines. Indicators read top to bottom in report order.
 */
export function indicatorCompletionOption(
  points: readonly IndicatorPoint[],
  areaCodes: readonly string[],
  expectedRate: number | null,
  text: ChartText,
  /** Every area of the station, so that an area keeps its colour when others are filtered out. */
  allAreaCodes: readonly string[] = areaCodes,
): EChartsOption {
  const indicators = [...new Map(points.map((p) => [p.code, p.name])).entries()].reverse();
  const scopes: Array<string | null> = [...areaCodes, null];
  const scopeName = (area: string | null) =>
    area === null ? text.t('common.total') : `${text.t('common.area')} ${area}`;
  const lookup = new Map(points.map((p) => [`${p.code}|${p.area}`, p]));
  const totals = points
    .filter((p) => p.area === null)
    .map((p) => `${p.name} ${formatPercent(p.completionRate, text.locale)}`);
  return {
    ...chartHeading(
      text.locale,
      text.t('station.chartTitle'),
      totals,
      paren(text.t('station.chartTitle'), text.t('common.total'), text.locale),
    ),
    // One line, paged on a phone, so that it never runs into the plot or the target's label.
    legend: { type: 'scroll', top: 32 },
    tooltip: {
      trigger: 'item',
      formatter: (param) => {
        const p = Array.isArray(param) ? param[0] : param;
        const point = (p?.data as { point?: IndicatorPoint } | undefined)?.point;
        if (!point) return '';
        const num = (value: number | null) => formatNumber(value, text.locale);
        const rate = formatPercent(point.completionRate, text.locale);
        const figures = `${num(point.actual)} / ${num(point.target)} = ${rate}`;
        return `${point.name} · ${scopeName(point.area)}<br/>${figures}`;
      },
    },
    grid: { left: 8, right: 40, top: 72, bottom: 24, outerBoundsMode: 'same' },
    xAxis: percentAxis(),
    yAxis: {
      type: 'category',
      data: indicators.map(([, name]) => name),
      // Every indicator named, however few bars each row holds.
      axisLabel: { fontSize: 11, width: 150, overflow: 'truncate', interval: 0 },
    },
    series: scopes.map((area) => ({
      type: 'bar' as const,
      name: scopeName(area),
      itemStyle: {
        color:
          area === null
            ? seriesColors[0]
            : seriesColors[(allAreaCodes.indexOf(area) + 1) % seriesColors.length],
      },
      data: indicators.map(([code]) => {
        const point = lookup.get(`${code}|${area}`);
        return point?.completionRate != null
          ? { value: point.completionRate * 100, point }
          : { value: '-' as const };
      }),
      markLine: area === null ? completionMarkLines(expectedRate, text, 'xAxis') : undefined,
    })),
  };
}
