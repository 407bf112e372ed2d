/**
 * Each chart option builder rendered to SVG through the app's own echarts registrations. A
 * component missing from `shared/echarts.ts` renders nothing, and these assertions fail.
 */
import { statusColors } from '../../shared/charts/palette.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { districtCompletionOption } from '../../shared/charts/districtCompletion.ts';
import { amountBarsOption } from '../../shared/charts/amountBars.ts';
import { districtResourcesOption } from '../../shared/charts/districtResources.ts';
import { districtStaffingOption } from '../../shared/charts/districtStaffing.ts';
import { evaluationScoresOption } from '../../shared/charts/evaluationScores.ts';
import { gradeDistributionOption } from '../../shared/charts/gradeDistribution.ts';
import { indicatorCompletionOption, type IndicatorPoint } from '../../shared/charts/indicatorCompletion.ts';
import { quarterlyProgressOption } from '../../shared/charts/quarterlyProgress.ts';
import { resourceMonthlyOption } from '../../shared/charts/resourceMonthly.ts';
import { staffingMonthlyOption } from '../../shared/charts/staffingMonthly.ts';
import { volunteerMonthlyOption } from '../../shared/charts/volunteerMonthly.ts';
import { echarts } from '../../shared/echarts.ts';
import { formatPercent, roundTo } from '../../shared/format.ts';
import type { ChartText } from '../../shared/messages.ts';
import type { EChartsOption } from 'echarts';
import zh from '../../shared/locales/zh-CN.json';
import { gradeBands, resourceBands } from '../../server/domain/config.ts';

/** Looks keys up in the real zh-CN messages, with vue-i18n's `{name}` interpolation. */
const text: ChartText = {
  locale: 'zh-CN',
  t: (key, named = {}) => {
    const value = key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], zh);
    if (typeof value !== 'string') throw new Error(`missing message ${key}`);
    return value.replace(/\{(\w+)\}/g, (_, name: string) => String(named[name]));
  },
};

let chart: echarts.ECharts | undefined;
afterEach(() => {
  chart?.dispose();
  chart = undefined;
});

function render(option: echarts.EChartsCoreOption): string {
  chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 600 });
  chart.setOption(option);
  return chart.renderToSVGString();
}

const barCount = (svg: string, color: string) =>
  (svg.match(new RegExp(`<path[^>]*fill="${color}"`, 'g')) ?? []).length;
/** In charts with a legend, each series also draws one filled swatch in its colour. */
const legendSwatch = 1;

describe('district completion chart', () => {
  const rows = [
    { code: 'haizhu-chigang', name: '赤岗街', isDemo: false, completion: 0.96946, status: 'ON_TRACK' },
    { code: 'haizhu-xingang', name: '新港街', isDemo: true, completion: 0.81, status: 'BEHIND' },
    { code: 'haizhu-none', name: '无合同', isDemo: true, completion: null, status: 'NO_TARGET' },
  ];

  it('draws a bar per station with a contract in its status colour, demo stations named, and the 100% target line', () => {
    const svg = render(districtCompletionOption(rows, 1, text));
    // The status colours, whether the station is real or demo (demo shows in its label), each
    // with its key in the legend.
    expect(barCount(svg, statusColors.ON_TRACK as string)).toBe(1 + legendSwatch);
    expect(barCount(svg, statusColors.BEHIND as string)).toBe(1 + legendSwatch);
    expect(svg).toContain('进度正常');
    expect(svg).toContain('进度滞后');
    expect(svg).toContain('新港街（示例数据）');
    expect(svg).not.toContain('无合同');
    expect(svg).toContain('目标 100%');
    // Rates to two decimals, as everywhere: 0.96946 → 96.95%.
    expect(svg).toContain('96.95%');
  });

  it('adds the expected-pace line while the year is running', () => {
    const svg = render(districtCompletionOption(rows, 0.724, text));
    expect(svg).toContain('应达进度 72.40%');
  });
});

describe('indicator completion chart', () => {
  const points: IndicatorPoint[] = [
    { code: 'phone_visits', name: '电访', area: 'A', completionRate: 1, actual: 1350, target: 1350 },
    {
      code: 'phone_visits',
      name: '电访',
      area: 'B',
      completionRate: 1061 / 1020,
      actual: 1061,
      target: 1020,
    },
    {
      code: 'phone_visits',
      name: '电访',
      area: null,
      completionRate: 3111 / 3000,
      actual: 3111,
      target: 3000,
    },
    {
      code: 'resources_linked',
      name: '社会资源链接',
      area: null,
      completionRate: 0.3892,
      actual: 194580.11,
      target: 500000,
    },
  ];

  it('draws one bar per area and station total that has a rate, with target and pace lines', () => {
    const svg = render(indicatorCompletionOption(points, ['A', 'B'], 0.5, text));
    expect(barCount(svg, '#1d4ed8')).toBeGreaterThanOrEqual(2);
    expect(barCount(svg, '#0f766e')).toBeGreaterThanOrEqual(1);
    expect(svg).toContain('全站合计');
    expect(svg).toContain('片区 A');
    expect(svg).toContain('目标 100%');
    expect(svg).toContain('应达进度 50.00%');
    expect(svg).toContain('社会资源链接');
  });

  it('an area keeps its colour when the chart is filtered to it, and every indicator stays named', () => {
    const colourOf = (option: ReturnType<typeof indicatorCompletionOption>, name: string) =>
      JSON.stringify(
        ([option.series].flat() as Array<{ name?: string; itemStyle?: unknown }>).find((x) => x.name === name)
          ?.itemStyle,
      );
    const all = indicatorCompletionOption(points, ['A', 'B'], 0.5, text);
    const onlyB = indicatorCompletionOption(points, ['B'], 0.5, text, ['A', 'B']);
    expect(colourOf(all, '片区 B')).toContain('#');
    expect(colourOf(onlyB, '片区 B')).toBe(colourOf(all, '片区 B'));
    expect(JSON.stringify((onlyB.yAxis as { axisLabel: unknown }).axisLabel)).toContain('"interval":0');
  });
});

/** Polylines drawn in a colour (line series are SVG paths with a stroke and no fill). */
const lineCount = (svg: string, color: string) =>
  (svg.match(new RegExp(`<path[^>]*fill="none"[^>]*stroke="${color}"`, 'g')) ?? []).length;

/** The dotted mark lines of a chart's series (band limits): value on the axis and label, if any. */
function dottedLines(option: EChartsOption, axis: 'xAxis' | 'yAxis', seriesIndex = 0) {
  const series = option.series as Array<{ markLine?: { data?: Array<Record<string, unknown>> } }>;
  return (series[seriesIndex]?.markLine?.data ?? [])
    .filter((d) => (d.lineStyle as { type?: string } | undefined)?.type === 'dotted')
    .map((d) => ({ value: d[axis], label: (d.label as { formatter?: string }).formatter }));
}

describe('district resources chart (bands from the domain policy)', () => {
  const rows = [
    { code: 'a', name: '赤岗街', isDemo: false, completionRate: 0.3892, band: 'CRITICAL' },
    { code: 'b', name: '新港街', isDemo: true, completionRate: 0.75, band: 'BEHIND' },
    { code: 'c', name: '滨江街', isDemo: true, completionRate: 1.02, band: 'MET' },
  ];
  /** The limits as the chart must draw them: the policy's bands × the pace, in percent. */
  const limits = (pace: number) =>
    [resourceBands.behind, resourceBands.onTrack].map((band) => ({
      value: roundTo(band * pace * 100, 1),
      label: formatPercent(band * pace, 'zh-CN', 0),
    }));

  it('colours bars by band and draws the policy’s limits (60% and 90% today) beside the target', () => {
    const option = districtResourcesOption(rows, 1, resourceBands, text);
    const svg = render(option);
    // A bar each, the legend's key of its status, and for two of them the band line's mark.
    expect(barCount(svg, statusColors.CRITICAL as string)).toBe(1 + 2 * legendSwatch);
    expect(barCount(svg, statusColors.BEHIND as string)).toBe(1 + 2 * legendSwatch);
    expect(barCount(svg, statusColors.MET as string)).toBe(1 + legendSwatch);
    const [behind, onTrack] = limits(1);
    expect(dottedLines(option, 'xAxis').map((l) => l.value)).toEqual([behind!.value, onTrack!.value]);
    // Named in the legend by what lies below them (SVG escapes the "<"), not by labels on the lines.
    expect(svg).toContain(`&lt; ${behind!.label} 严重滞后`);
    expect(svg).toContain(`&lt; ${onTrack!.label} 进度滞后`);
    expect(svg).toContain('目标 100%');
  });

  it('pace-adjusts the band limits while the year runs', () => {
    const option = districtResourcesOption(rows, 0.5, resourceBands, text);
    const svg = render(option);
    const [behind, onTrack] = limits(0.5);
    expect(dottedLines(option, 'xAxis').map((l) => l.value)).toEqual([behind!.value, onTrack!.value]);
    expect(svg).toContain(`&lt; ${behind!.label} 严重滞后`);
    expect(svg).toContain(`&lt; ${onTrack!.label} 进度滞后`);
  });
});

describe('quarterly progress chart', () => {
  it('draws cumulative bars by status, the pace line, the target and the projection', () => {
    const svg = render(
      quarterlyProgressOption(
        {
          name: '电访',
          unit: '个',
          target: 2400,
          projectedActual: 1300,
          points: [
            { quarter: 1, actual: 326, expectedRate: 0.252, expected: 604.8, status: 'CRITICAL' },
            { quarter: 2, actual: 646, expectedRate: 0.501, expected: 1202.4, status: 'CRITICAL' },
            { quarter: 3, actual: 852, expectedRate: 0.726, expected: 1742.4, status: 'CRITICAL' },
            { quarter: 4, actual: null, expectedRate: 1, expected: 2400, status: null },
          ],
        },
        text,
      ),
    );
    // Three bars and the legend's swatch: the legend names the colour the bars wear.
    expect(barCount(svg, statusColors.CRITICAL as string)).toBe(3 + legendSwatch);
    expect(svg).toContain('累计完成（严重滞后）');
    expect(lineCount(svg, '#374151')).toBeGreaterThanOrEqual(1);
    expect(lineCount(svg, '#7c3aed')).toBeGreaterThanOrEqual(1);
    expect(svg).toContain('目标 2,400');
    expect(svg).toContain('应达进度');
    expect(svg).toContain('年末预测');
  });
});

describe('resource charts', () => {
  it('monthly: bars per month, cumulative and pace lines, the target line', () => {
    const svg = render(
      resourceMonthlyOption(
        [
          { month: '2024-06', amount: 10000, cumulative: 10000, paceAmount: 36000 },
          { month: '2024-07', amount: 20000, cumulative: 30000, paceAmount: 73000 },
        ],
        440000,
        text,
      ),
    );
    expect(barCount(svg, '#0f766e')).toBe(2 + legendSwatch);
    expect(lineCount(svg, '#1d4ed8')).toBeGreaterThanOrEqual(1);
    expect(lineCount(svg, '#374151')).toBeGreaterThanOrEqual(1);
    expect(svg).toContain('目标 440,000 元');
  });

  it('amounts by source: one bar each, labelled', () => {
    const svg = render(
      amountBarsOption(
        '按来源',
        [
          { label: '企业', amount: 28856.01 },
          { label: '政府部门', amount: 24680.76 },
        ],
        '元',
        text,
      ),
    );
    expect(barCount(svg, '#b45309')).toBe(2);
    expect(svg).toContain('企业');
    expect(svg).toContain('28,856.01');
  });
});

describe('staffing charts', () => {
  it('district: three bars per station and the 100% line', () => {
    const svg = render(
      districtStaffingOption(
        [
          {
            code: 'a',
            name: '赤岗街',
            isDemo: false,
            stabilityRate: 0.8,
            certifiedRatio: 0.85,
            attendanceRate: 254 / 240,
          },
          {
            code: 'b',
            name: '新港街',
            isDemo: true,
            stabilityRate: 1,
            certifiedRatio: 0.7,
            attendanceRate: 0.98,
          },
        ],
        text,
      ),
    );
    expect(barCount(svg, '#1d4ed8')).toBe(2 + legendSwatch);
    expect(barCount(svg, '#0f766e')).toBe(2 + legendSwatch);
    expect(barCount(svg, '#b45309')).toBe(2 + legendSwatch);
    expect(svg).toContain('新港街（示例数据）');
    expect(svg).toContain('100%');
  });

  it('monthly: in post, insured and paid lines against the contracted positions', () => {
    const svg = render(
      staffingMonthlyOption(
        [
          { month: '2023-06', inPost: 18, insured: 17, paid: 18 },
          { month: '2023-07', inPost: 22, insured: 21, paid: 22 },
        ],
        20,
        text,
      ),
    );
    expect(lineCount(svg, '#1d4ed8')).toBeGreaterThanOrEqual(1);
    expect(lineCount(svg, '#0f766e')).toBeGreaterThanOrEqual(1);
    expect(svg).toContain('协议岗位 20');
  });
});

describe('volunteer chart', () => {
  it('bars of new and backbone volunteers, a line of service hours on its own axis', () => {
    const svg = render(
      volunteerMonthlyOption(
        [
          { month: '2024-06', newVolunteers: 12, backbone: 2, serviceHours: 420 },
          { month: '2024-07', newVolunteers: 15, backbone: 3, serviceHours: 510 },
        ],
        text,
      ),
    );
    expect(barCount(svg, '#1d4ed8')).toBe(2 + legendSwatch);
    expect(barCount(svg, '#0f766e')).toBe(2 + legendSwatch);
    expect(lineCount(svg, '#b45309')).toBeGreaterThanOrEqual(1);
    expect(svg).toContain('小时');
  });

  it('a month without reported service hours is a gap, read out as —', () => {
    const option = volunteerMonthlyOption(
      [
        { month: '2024-06', newVolunteers: 12, backbone: 2, serviceHours: null },
        { month: '2024-07', newVolunteers: 15, backbone: 3, serviceHours: 510 },
      ],
      text,
    );
    render(option);
    const description = (option.aria as { label: { description: string } }).label.description;
    expect(description).toContain('2024-06 12/2/—');
    expect(description).toContain('2024-07 15/3/510');
  });
});

describe('evaluation charts', () => {
  it('part scores and total per stage, with the grade bands of the domain policy', () => {
    const option = evaluationScoresOption(
      [
        {
          stage: 'MID',
          total: 80.76,
          parts: [
            { party: 'THIRD_PARTY', score: 82 },
            { party: 'STREET_OFFICE', score: 79 },
          ],
        },
        { stage: 'FINAL', total: 83.49, parts: [] },
      ],
      gradeBands,
      text,
    );
    const svg = render(option);
    expect(barCount(svg, '#1d4ed8')).toBe(2 + legendSwatch);
    expect(barCount(svg, '#0f766e')).toBe(1 + legendSwatch);
    expect(svg).toContain('83.49');
    // The two parties that scored are in the legend; the two that did not are not.
    expect(svg).toContain(text.t('evaluation.party.STREET_OFFICE'));
    expect(svg).not.toContain(text.t('evaluation.party.DISTRICT_BUREAU'));
    // A line at each grade's lowest total in the domain policy (优秀 90, 良好 80, 合格 60 today).
    const lines = gradeBands
      .filter((b) => b.min > 0)
      .map((b) => ({ value: b.min, label: `${text.t(`grade.${b.grade}`)} ${b.min}` }));
    expect(lines.length).toBeGreaterThan(0);
    // On the total's series: the last (after the two parties that scored).
    expect(dottedLines(option, 'yAxis', 2)).toEqual(lines);
    for (const line of lines) expect(svg).toContain(line.label);
    expect(svg).toContain('中期评估');
  });

  it('grade distribution counts stations per grade, the unevaluated apart', () => {
    const svg = render(gradeDistributionOption(['GOOD', 'GOOD', 'EXCELLENT', 'PASS', null], text));
    expect(barCount(svg, '#1d4ed8')).toBe(1);
    expect(barCount(svg, statusColors.MET as string)).toBe(1);
    expect(svg).toContain('未评估');
    expect(svg).toMatch(/>2<\/text>/);
  });
});

describe('axis maximum', () => {
  it('is a round number above the data, never float noise', async () => {
    const { niceMax } = await import('../../shared/charts/axis.ts');
    expect(niceMax(440000)).toBe(500000);
    expect(niceMax(2400)).toBe(3000);
    expect(niceMax(0)).toBe(1);
    // Never an odd end like 550,000: the next round number.
    expect(niceMax(500000)).toBe(600000);
    const { percentAxis } = await import('../../shared/charts/axis.ts');
    const max = percentAxis().max;
    expect([max({ max: 166.44 }), max({ max: 105 }), max({ max: 96 })]).toEqual([180, 120, 120]);
  });

  it('values are rounded once, by roundTo (to the cent unless told)', () => {
    expect(roundTo(2400 * 0.726)).toBe(1742.4);
    expect(roundTo(0.7245 * 100, 1)).toBe(72.5);
  });
});

describe('status heatmap', () => {
  it('colours each station × indicator cell by status, with the status legend', async () => {
    const { statusHeatmapOption } = await import('../../shared/charts/statusHeatmap.ts');
    const option = statusHeatmapOption(
      ['赤岗街', '新港街*'],
      ['电访', '社会资源链接'],
      [
        { station: '赤岗街', indicator: '电访', status: 'MET', weak: false, completionRate: 1.037 },
        {
          station: '赤岗街',
          indicator: '社会资源链接',
          status: 'CRITICAL',
          weak: true,
          completionRate: 0.3892,
        },
        { station: '新港街*', indicator: '电访', status: 'BEHIND', weak: true, completionRate: 0.6 },
        {
          station: '新港街*',
          indicator: '社会资源链接',
          status: 'CRITICAL',
          weak: true,
          completionRate: 0.2,
        },
      ],
      text,
    );
    const svg = render(option);
    // Cells plus one legend swatch per status shown.
    expect(barCount(svg, statusColors.CRITICAL as string)).toBe(2 + legendSwatch);
    expect(barCount(svg, statusColors.MET as string)).toBe(1 + legendSwatch);
    expect(barCount(svg, statusColors.BEHIND as string)).toBe(1 + legendSwatch);
    expect(svg).toContain('严重滞后');
    expect(svg).toContain('新港街*');
    // The description counts each station's weak cells by the server's `weak` flag.
    const description = (option.aria as { label: { description: string } }).label.description;
    expect(description).toContain(`赤岗街 ${text.t('weak.weakCount', { n: 1 })}`);
    expect(description).toContain(`新港街* ${text.t('weak.weakCount', { n: 2 })}`);
  });

  it('a year total not yet due is drawn as the server\'s PENDING, never as "no target"', async () => {
    const { statusHeatmapOption } = await import('../../shared/charts/statusHeatmap.ts');
    const { statusColors } = await import('../../shared/charts/palette.ts');
    const pending = { station: '赤岗街', weak: false, completionRate: 0.5, status: 'PENDING' };
    const option = statusHeatmapOption(
      ['赤岗街'],
      ['电访', '入户探访'],
      [
        { ...pending, indicator: '电访' },
        { ...pending, indicator: '入户探访' },
      ],
      text,
    );
    const svg = render(option);
    expect(barCount(svg, statusColors.PENDING as string)).toBe(2 + legendSwatch);
    expect(barCount(svg, statusColors.NO_TARGET as string)).toBe(legendSwatch);
    expect(svg).toContain('年度汇总，年末判定');
  });
});

describe('region histogram', () => {
  it("stacks the stations judged only at their end in the PENDING colour, apart from the band's status", async () => {
    const { regionHistogramOption } = await import('../../shared/charts/regionHistogram.ts');
    const bins = [
      { from: 0.3, to: 0.4, count: 3, pending: 0, status: 'CRITICAL' },
      { from: 0.4, to: 0.5, count: 2, pending: 1, status: 'CRITICAL' },
      { from: 0.6, to: 0.7, count: 8, pending: 0, status: 'ON_TRACK' },
    ];
    const svg = render(regionHistogramOption(bins, 0.67, text));
    // Both critical bands' judged stations, the one pending station, and the on-track band.
    expect(barCount(svg, statusColors.CRITICAL as string)).toBe(2);
    expect(barCount(svg, statusColors.PENDING as string)).toBe(1);
    expect(barCount(svg, statusColors.ON_TRACK as string)).toBe(1);
    // Each bin's whole count on top of its stack.
    for (const n of ['>3<', '>2<', '>8<']) expect(svg).toContain(n);
  });
});

describe('words around figures in each language', () => {
  it('brackets, colons, positions and demo marks follow the language', async () => {
    const { paren, colon, localPosition, localDemoText } = await import('../../shared/labels.ts');
    expect(paren('良好', 89.09, 'zh-CN')).toBe('良好（89.09）');
    expect(paren('Good', 89.09, 'en')).toBe('Good (89.09)');
    expect(colon('加权总分', 'zh-CN')).toBe('加权总分：');
    expect(colon('Weighted total', 'en')).toBe('Weighted total: ');
    expect(localPosition('第三片区社工', 'en')).toBe('Area 3 social worker');
    expect(localPosition('项目主管', 'en')).toBe('Project lead');
    expect(localPosition('项目主管', 'zh-CN')).toBe('项目主管');
    expect(localDemoText('助残同行志愿队（示例）', 'en')).toBe('助残同行志愿队 (demo)');
    expect(localDemoText('示例资源', 'en')).toBe('Demo resource');
  });
});

describe('a chart drawn on the server (shown as markup before ECharts loads)', () => {
  it('escapes markup in station names, draws no animation and keeps no style sheet', async () => {
    const { drawChart, chartText } = await import('../../server/charts/draw.ts');
    const name = '<img src=x onerror=alert(1)>"\'&';
    const option = districtCompletionOption(
      [{ code: 'x', name, isDemo: false, completion: 0.5, status: 'BEHIND' }],
      0.6,
      chartText('en'),
    );
    const drawn = drawChart(option, 600, 300);
    expect(drawn.svg).not.toContain('<img');
    expect(drawn.svg).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;');
    expect(drawn.svg).not.toMatch(/<style|animation/);
    expect(drawn.description).toContain(name);
    expect(drawn.svg).toMatch(/^<svg width="600" height="300"/);
  });
});

describe('station names on an axis', () => {
  it('a long name is cut with an ellipsis at 200 px, not left to squeeze the bars (the description keeps it whole)', () => {
    const long = `${'Very long street name '.repeat(4)}Street`;
    const option = districtCompletionOption(
      [
        { code: 'a', name: long, isDemo: false, completion: 0.9, status: 'ON_TRACK' },
        { code: 'b', name: 'Chigang Street', isDemo: false, completion: 0.8, status: 'ON_TRACK' },
      ],
      null,
      { ...text, locale: 'en' },
    );
    const svg = render(option);
    expect(svg).not.toContain(`>${long}<`);
    expect(svg).toMatch(/>Very long street name[^<]*\.\.\.</);
    expect(svg).toContain('>Chigang Street<');
    expect((option.aria as { label: { description: string } }).label.description).toContain(long);
  });
});
