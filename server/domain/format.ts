/**
 * Number formatting for text the server writes (explanations, narratives, quality messages, the
 * report): the dashboard's own styles (`shared/format.ts`), so that a figure reads the same on a
 * page, in an export and in the report. Rates to two decimals (38.92%); counts grouped (3,111);
 * yuan grouped to the cent (500,000.00, 194,580.11); scores to two decimals (85.70).
 */
import { formatNumber, formatPercent, formatScore, formatYuan, type Locale } from '../../shared/format.ts';

export type Lang = 'zh' | 'en';

export function asLang(value: string | null | undefined): Lang {
  return value === 'en' ? 'en' : 'zh';
}

const localeOf = (lang: Lang): Locale => (lang === 'en' ? 'en' : 'zh-CN');

/** 0.3892 → "38.92%": two decimals, as evaluation reports print rates. */
export function percent(rate: number | null, lang: Lang, digits = 2): string {
  return formatPercent(rate, localeOf(lang), digits);
}

/** A number of no known unit, grouped, cents only when there are some: 500000 → "500,000", 194580.11 → "194,580.11". */
export function grouped(value: number | null, lang: Lang): string {
  return formatNumber(value, localeOf(lang));
}

/** A figure in its unit: yuan to the cent (500,000.00), any count grouped (3,111). */
export function figure(value: number | null, unit: string, lang: Lang): string {
  return unit === '元' || unit === 'yuan'
    ? formatYuan(value, localeOf(lang))
    : formatNumber(value, localeOf(lang));
}

/** An evaluation score: two decimals (85.70). */
export function score(value: number | null, lang: Lang): string {
  return formatScore(value, localeOf(lang));
}
