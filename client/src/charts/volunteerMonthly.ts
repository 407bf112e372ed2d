import type { EChartsOption } from 'echarts';
import { formatNumber } from '../modules/format.ts';
import type { ChartText } from '../modules/i18n.ts';
import { seriesColors } from './palette.ts';

export interface VolunteerMonth {
  month: string;
  newVolunteers: number;
  backbone: number;
  serviceHours: number;
}

/** New and backbone volunteers per month (bars, left axis) and service hours (line, right axis). */
export function volunteerMonthlyOption(monthly: readonly VolunteerMonth[], text: ChartText): EChartsOption {
  return {
    aria: {
      enabled: true,
      label: {
        description: `${text.t('volunteers.monthlyTitle')}：${monthly.map((m) => `${m.month} ${m.newVolunteers}/${m.backbone}/${formatNumber(m.serviceHours, text.locale)}`).join('；')}`,
      },
    },
    title: { text: text.t('volunteers.monthlyTitle'), left: 'center', textStyle: { fontSize: 14 } },
    legend: { top: 36 },
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 8, top: 80, bottom: 24, outerBoundsMode: 'same' },
    xAxis: { type: 'category', data: monthly.map((m) => m.month) },
    yAxis: [
      { type: 'value', name: text.t('volunteers.people'), minInterval: 1 },
      { type: 'value', name: text.t('volunteers.hours') },
    ],
    series: [
      {
        type: 'bar',
        name: text.t('volunteers.newVolunteers'),
        data: monthly.map((m) => m.newVolunteers),
        itemStyle: { color: seriesColors[0] },
      },
      {
        type: 'bar',
        name: text.t('volunteers.backbone'),
        data: monthly.map((m) => m.backbone),
        itemStyle: { color: seriesColors[1] },
      },
      {
        type: 'line',
        name: text.t('volunteers.serviceHours'),
        yAxisIndex: 1,
        data: monthly.map((m) => m.serviceHours),
        itemStyle: { color: seriesColors[2] },
      },
    ],
  };
}
