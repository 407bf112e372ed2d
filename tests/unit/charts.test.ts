/**
 * Each chart option builder rendered to SVG through the app's own echarts registrations. A
 * component missing from `modules/echarts.ts` renders nothing, and these assertions fail.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { districtCompletionOption } from '../../client/src/charts/districtCompletion.ts';
import { indicatorCompletionOption, type IndicatorPoint } from '../../client/src/charts/indicatorCompletion.ts';
import { echarts } from '../../client/src/modules/echarts.ts';
import type { ChartText } from '../../client/src/modules/i18n.ts';
import zh from '../../client/src/locales/zh-CN.ts';

/** Looks keys up in the real zh-CN messages, with vue-i18n's `{name}` interpolation. */
const text: ChartText = {
  locale: 'zh-CN',
  t: (key, named = {}) => {
    const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], zh);
    if (typeof value !== 'string') throw new Error(`missing message ${key}`);
    return value.replace(/\{(\w+)\}/g, (_, name: string) => String(named[name]));
  },
};

let chart: echarts.ECharts | undefined;
afterEach(() => { chart?.dispose(); chart = undefined; });

function render(option: echarts.EChartsCoreOption): string {
  chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 600 });
  chart.setOption(option);
  return chart.renderToSVGString();
}

const barCount = (svg: string, color: string) => (svg.match(new RegExp(`<path[^>]*fill="${color}"`, 'g')) ?? []).length;

describe('district completion chart', () => {
  const rows = [
    { code: 'haizhu-chigang', name: '赤岗街', isDemo: false, completion: 0.96946 },
    { code: 'haizhu-xingang', name: '新港街', isDemo: true, completion: 0.81 },
    { code: 'haizhu-none', name: '无合同', isDemo: true, completion: null },
  ];

  it('draws a bar per station with a contract, demo stations marked, and the 100% target line', () => {
    const svg = render(districtCompletionOption(rows, 1, text));
    expect(barCount(svg, '#1d4ed8')).toBe(1);
    expect(barCount(svg, '#6b7280')).toBe(1);
    expect(svg).toContain('新港街（示例数据）');
    expect(svg).not.toContain('无合同');
    expect(svg).toContain('目标 100%');
    expect(svg).toContain('96.9%');
  });

  it('adds the expected-pace line while the year is running', () => {
    const svg = render(districtCompletionOption(rows, 0.724, text));
    expect(svg).toContain('应达进度 72.4%');
  });
});

describe('indicator completion chart', () => {
  const points: IndicatorPoint[] = [
    { code: 'phone_visits', name: '电访', area: 'A', completionRate: 1, actual: 1350, target: 1350 },
    { code: 'phone_visits', name: '电访', area: 'B', completionRate: 1061 / 1020, actual: 1061, target: 1020 },
    { code: 'phone_visits', name: '电访', area: null, completionRate: 3111 / 3000, actual: 3111, target: 3000 },
    { code: 'resources_linked', name: '社会资源链接', area: null, completionRate: 0.3892, actual: 194580.11, target: 500000 },
  ];

  it('draws one bar per area and station total that has a rate, with target and pace lines', () => {
    const svg = render(indicatorCompletionOption(points, ['A', 'B'], 0.5, text));
    expect(barCount(svg, '#1d4ed8')).toBeGreaterThanOrEqual(2);
    expect(barCount(svg, '#0f766e')).toBeGreaterThanOrEqual(1);
    expect(svg).toContain('全站合计');
    expect(svg).toContain('片区 A');
    expect(svg).toContain('目标 100%');
    expect(svg).toContain('应达进度 50.0%');
    expect(svg).toContain('社会资源链接');
  });
});
