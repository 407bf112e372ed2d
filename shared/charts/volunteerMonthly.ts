import type { EChartsOption } from 'echarts';
import { formatNumber } from '../format.ts';
import type { ChartText } from '../messages.ts';
import { seriesColors } from './palette.ts';
import { chartHeading, coloured } from './frame.ts';

export interface VolunteerMonth {
  month: string;
  newVolunteers: number;
  backbone: number;
  /** Null when the month's hours were not reported (a gap in the line, '—' in the description). */
  serviceHours: number | null;
}

/** New and backbone volunteers per month (bars, left axis) and service hours (line, right axis). */
export function volunteerMonthlyOption(monthly: readonly VolunteerMonth[], text: ChartText): EChartsOption {
  const of = (key: 'newVolunteers' | 'backbone' | 'serviceHours') => monthly.map((m) => m[key]);
  return {
    ...chartHeading(
      text.locale,
      text.t('volunteers.monthlyTitle'),
      monthly.map(
        (m) => `${m.month} ${m.newVolunteers}/${m.backbone}/${formatNumber(m.serviceHours, text.locale)}`,
      ),
    ),
    legend: { top: 36 },
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 8, top: 80, bottom: 24, outerBoundsMode: 'same' },
    xAxis: { type: 'category', data: monthly.map((m) => m.month) },
    yAxis: [
      { type: 'value', name: text.t('volunteers.people'), minInterval: 1 },
      { type: 'value', name: text.t('volunteers.hours') },
    ],
    series: [
      coloured('bar', text.t('volunteers.newVolunteers'), of('newVolunteers'), seriesColors[0]),
      coloured('bar', text.t('volunteers.backbone'), of('backbone'), seriesColors[1]),
      {
        ...coloured('line', text.t('volunteers.serviceHours'), of('serviceHours'), seriesColors[2]),
        yAxisIndex: 1,
      },
    ],
  };
}
