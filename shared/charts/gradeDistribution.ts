import type { EChartsOption } from 'echarts';
import type { ChartText } from '../messages.ts';
import { gradeColors } from './palette.ts';
import { chartHeading } from './frame.ts';

const grades = Object.entries(gradeColors);

/** How many stations got each final grade (and how many are not evaluated yet). */
export function gradeDistributionOption(
  gradesOfStations: ReadonlyArray<string | null>,
  text: ChartText,
): EChartsOption {
  const counts = grades.map(([g]) => gradesOfStations.filter((x) => (x ?? 'none') === g).length);
  return {
    ...chartHeading(
      text.locale,
      text.t('district.gradeTitle'),
      grades.map(([g], i) => `${text.t(`grade.${g}`)} ${counts[i]}`),
    ),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 16, top: 40, bottom: 24, outerBoundsMode: 'same' },
    xAxis: { type: 'category', data: grades.map(([g]) => text.t(`grade.${g}`)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: text.t('district.grade'),
        data: grades.map(([, color], i) => ({ value: counts[i], itemStyle: { color } })),
        label: { show: true, position: 'top' },
      },
    ],
  };
}
