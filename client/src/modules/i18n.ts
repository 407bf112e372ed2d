import { createI18n } from 'vue-i18n';
import zhCN from '../../../shared/locales/zh-CN.json';
import type { Locale } from '../../../shared/format.ts';
import type { Messages } from '../../../shared/messages.ts';

export type { ChartText, Messages } from '../../../shared/messages.ts';

const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem('locale');
/** The language this browser chose last time (Chinese by default). */
export const storedLocale: Locale = stored === 'en' ? 'en' : 'zh-CN';

/**
 * The messages, Chinese first and English with the same keys (the type says so). They hold what
 * the client alone knows: a server error brings its own message in both languages. Chinese comes
 * with the app; English is fetched when first chosen (`loadLocale`), so that the first page of
 * most users does not carry a language they do not read.
 */
export const i18n = createI18n<[Messages], Locale, false>({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  // The type asks for every locale at once: English is added by loadLocale before it is used.
  messages: { 'zh-CN': zhCN } as Record<Locale, Messages>,
});

/** Makes a locale's messages available: English is fetched once, or given. */
export async function loadLocale(locale: Locale, messages?: Messages): Promise<void> {
  if (locale !== 'en' || i18n.global.availableLocales.includes('en')) return;
  const english: Messages = messages ?? (await import('../../../shared/locales/en.json')).default;
  i18n.global.setLocaleMessage('en', english);
}

/** Switches the language, remembered at once (a page opened meanwhile is in it too). */
export async function setLocale(locale: Locale): Promise<void> {
  localStorage.setItem('locale', locale);
  await loadLocale(locale);
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
}
