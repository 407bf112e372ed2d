/** Number formatting for text the server writes (explanations, narratives, quality messages). */
export type Lang = 'zh' | 'en';

const locales: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };

export function asLang(value: string | null | undefined): Lang {
  return value === 'en' ? 'en' : 'zh';
}

/** Building an Intl.NumberFormat costs ~50 µs: one per language, style and digits, kept. */
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, digits: number, style: 'percent' | 'decimal'): Intl.NumberFormat {
  const key = `${lang}|${digits}|${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], {
      style,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formats.set(key, format);
  }
  return format;
}

/** 0.3892 → "38.92%": two decimals, as evaluation reports print rates. */
export function percent(rate: number | null, lang: Lang, digits = 2): string {
  if (rate == null) return '—';
  return numberFormat(lang, digits, 'percent').format(rate);
}

/** Grouped, cents only when there are some: 500000 → "500,000", 194580.11 → "194,580.11". */
export function grouped(value: number | null, lang: Lang): string {
  if (value == null) return '—';
  return numberFormat(lang, Number.isInteger(value) ? 0 : 2, 'decimal').format(value);
}

/** As reports print counts: plain digits (3111), yuan grouped (194,580.11). */
export function figure(value: number, unit: string, lang: Lang): string {
  return unit === '元' || unit === 'yuan' ? grouped(value, lang) : String(value);
}
