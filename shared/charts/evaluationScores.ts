import type { EChartsOption } from 'echarts';
import { formatNumber } from '../format.ts';
import type { ChartText } from '../messages.ts';
import { gradeColors, seriesColors } from './palette.ts';
import { chartHeading } from './frame.ts';

export interface EvaluationScores {
  stage: string;
  total: number | null;
  parts: ReadonlyArray<{ party: string; score: number }>;
}

const parties = ['THIRD_PARTY', 'STREET_OFFICE', 'SUPERVISION_CENTRE', 'DISTRICT_BUREAU'] as const;

/** The lowest total of a grade, as `Query.policy.gradeBands` serves them (out of 100). */
export interface GradeBand {
  grade: string;
  min: number;
}

/**
 * Part scores and the weighted total per evaluation (mid-term beside final), with a line at the
 * lowest total of each grade (the lowest grade starts at 0 and needs none).
 */
export function evaluationScoresOption(
  evaluations: readonly EvaluationScores[],
  gradeBands: readonly GradeBand[],
  text: ChartText,
): EChartsOption {
  const stages = evaluations.map((e) => text.t(`evaluation.stage.${e.stage}`));
  const bands = gradeBands
    .filter((b) => b.min > 0)
    .map((b) => ({ v: b.min, g: b.grade, c: gradeColors[b.grade] }));
  return {
    ...chartHeading(
      text.locale,
      text.t('evaluation.chartTitle'),
      evaluations.map(
        (e) => `${text.t(`evaluation.stage.${e.stage}`)} ${formatNumber(e.total, text.locale)}`,
      ),
    ),
    legend: { top: 36 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 16, top: 80, bottom: 24, outerBoundsMode: 'same' },
    xAxis: { type: 'category', data: stages },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [
      // Only the parties that scored: a legend entry without a bar would promise what is not there.
      ...parties
        .map((party, i) => ({ party, color: seriesColors[i + 1] }))
        .filter(({ party }) => evaluations.some((e) => e.parts.some((p) => p.party === party)))
        .map(({ party, color }) => ({
          type: 'bar' as const,
          name: text.t(`evaluation.party.${party}`),
          itemStyle: { color },
          data: evaluations.map((e) => e.parts.find((p) => p.party === party)?.score ?? '-'),
        })),
      {
        type: 'bar' as const,
        name: text.t('evaluation.total'),
        itemStyle: { color: seriesColors[0] },
        data: evaluations.map((e) => e.total ?? '-'),
        label: {
          show: true,
          position: 'top' as const,
          formatter: (p: { value: unknown }) => formatNumber(Number(p.value), text.locale),
        },
        markLine: {
          symbol: 'none',
          silent: true,
          // Over the bars, labels on a white ground: on a phone the bar reaches under the labels.
          z: 5,
          data: bands.map((b) => ({
            yAxis: b.v,
            lineStyle: { color: b.c, type: 'dotted' as const },
            // Inside the plot above the line's right end: at the end, "Excellent 90" ran past the edge.
            label: {
              formatter: `${text.t(`grade.${b.g}`)} ${b.v}`,
              color: b.c,
              position: 'insideEndTop' as const,
              backgroundColor: '#fff',
              padding: [1, 2],
            },
          })),
        },
      },
    ],
  };
}
