import { createI18n } from 'vue-i18n';
import en from '../locales/en.json';
import zhCN from '../locales/zh-CN.json';
import type { Locale } from './format.ts';

/**
 * The messages, Chinese first and English with the same keys (the type says so). They hold what
 * the client alone knows: a server error brings its own message in both languages.
 */
const english: typeof zhCN = en;

const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem('locale');

export const i18n = createI18n({
  legacy: false,
  locale: stored === 'en' ? 'en' : 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en: english },
});

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem('locale', locale);
  document.documentElement.lang = locale;
}

/** What chart option builders need to label things: a translate function and the locale. */
export interface ChartText {
  t: (key: string, named?: Record<string, unknown>) => string;
  locale: Locale;
}
