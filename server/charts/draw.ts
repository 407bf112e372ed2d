/**
 * Charts drawn on the server: the dashboard's own option builders (`shared/charts/`), ECharts
 * registrations (`shared/echarts.ts`) and message catalogue (`shared/locales/`, in an instance
 * of vue-i18n of the server's own),
 * rendered to SVG by ECharts' server-side renderer
 * (https://echarts.apache.org/handbook/en/how-to/cross-platform/server/). A page shows such a
 * chart before the browser has loaded ECharts, then swaps in the interactive one.
 */
import type { EChartsOption } from 'echarts';
import { createI18n } from 'vue-i18n';
import { echarts } from '../../shared/echarts.ts';
import type { Locale } from '../../shared/format.ts';
import en from '../../shared/locales/en.json' with { type: 'json' };
import zhCN from '../../shared/locales/zh-CN.json' with { type: 'json' };
import type { ChartText, Messages } from '../../shared/messages.ts';

/** A chart as SVG markup, with its size in CSS pixels and what it shows in words. */
export interface DrawnChart {
  svg: string;
  width: number;
  height: number;
  /** The option's screen-reader description (`charts/frame.ts`): its title and every figure. */
  description: string;
}

/** Both languages at hand, apart from the dashboard's instance. */
const i18n = createI18n<[Messages], Locale, false>({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
});

/** The API's `lang` argument (`en`, or Chinese by default) as the client's locale. */
export const localeOf = (lang: string | null | undefined): Locale => (lang === 'en' ? 'en' : 'zh-CN');

/** The client's messages in one locale, whatever the client's own locale setting. */
export function chartText(locale: Locale): ChartText {
  return { locale, t: (key, named = {}) => i18n.global.t(key, named, { locale }) };
}

/**
 * One option drawn at a size, without animation (a still picture). ECharts adds a style sheet of
 * hover cursors for its interactive use, with class names numbered by a counter of every chart the
 * process has drawn (`zr35-cls-0`): a picture has no use for them, they could match a live chart's
 * on the same page, and the counter would tell anyone how many charts others have asked for.
 */
export function drawChart(option: EChartsOption, width: number, height: number): DrawnChart {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    const svg = chart
      .renderToSVGString()
      .replace(/<style[^>]*>[\s\S]*?<\/style>/, '')
      .replace(/ class="zr\d+-cls-\d+"/g, '');
    const aria = option.aria as { label?: { description?: string } } | undefined;
    return { svg, width, height, description: aria?.label?.description ?? '' };
  } finally {
    chart.dispose();
  }
}
