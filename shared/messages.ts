/**
 * The message catalogue's shape and what chart builders need of it. The catalogue itself is
 * `locales/zh-CN.json` and `locales/en.json` (the same keys): the dashboard loads it into vue-i18n
 * (`client/src/modules/i18n.ts`), and the server into its own instance to label the charts it
 * draws (`server/charts/draw.ts`).
 */
import type { Locale } from './format.ts';
import type zhCN from './locales/zh-CN.json';

export type Messages = typeof zhCN;

/** What chart option builders need to label things: a translate function and the locale. */
export interface ChartText {
  t: (key: string, named?: Record<string, unknown>) => string;
  locale: Locale;
}
