/** Number formatting for China first (zh-CN), English second. Rates arrive as fractions. */
export type Locale = 'zh-CN' | 'en';

/**
 * Building an Intl.NumberFormat costs ~50 µs: one per locale, style and digits, kept. Every use
 * here fixes its digits, so those three name it (the server formats on hot paths too).
 */
const cache = new Map<string, Intl.NumberFormat>();
function formatter(locale: Locale, style: 'percent' | 'decimal', digits: number): Intl.NumberFormat {
  const key = `${locale}|${style}|${digits}`;
  let f = cache.get(key);
  if (!f)
    cache.set(
      key,
      (f = new Intl.NumberFormat(locale, {
        style,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      })),
    );
  return f;
}

/** 1.037 → "103.70%" (two decimals, as evaluation reports print rates). */
export function formatPercent(rate: number | null | undefined, locale: Locale, digits = 2): string {
  if (rate == null || Number.isNaN(rate)) return '—';
  return formatter(locale, 'percent', digits).format(rate);
}

/** Whole numbers plain, yuan to the cent: 3111 → "3,111", 194580.11 → "194,580.11". */
export function formatNumber(value: number | null | undefined, locale: Locale): string {
  if (value == null || Number.isNaN(value)) return '—';
  const digits = Number.isInteger(value) ? 0 : 2;
  return formatter(locale, 'decimal', digits).format(value);
}

/**
 * Money: yuan always to the cent, grouped — 39681 → "39,681.00", 194580.11 → "194,580.11" — so
 * that amounts side by side read alike.
 */
export function formatYuan(value: number | null | undefined, locale: Locale): string {
  if (value == null || Number.isNaN(value)) return '—';
  return formatter(locale, 'decimal', 2).format(value);
}

/** Evaluation scores: always two decimals, as reports print them — 85.7 → "85.70". */
export function formatScore(value: number | null | undefined, locale: Locale): string {
  return formatYuan(value, locale);
}

/** A figure with its unit: "3,111 个" in Chinese, "3,111 calls" in English. */
export function formatQuantity(
  value: number | null | undefined,
  unit: { zh: string; en: string },
  locale: Locale,
): string {
  if (value == null) return '—';
  return `${formatNumber(value, locale)} ${locale === 'zh-CN' ? unit.zh : unit.en}`;
}

/**
 * The one rounding rule of the client: `value` to `digits` decimals (default 2, yuan to the cent),
 * e.g. 1013.3999999 → 1013.4. For a rate in percent to one decimal: `roundTo(rate * 100, 1)`.
 */
export function roundTo(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** An instant as the user's clock reads it: 2026/11/27 10:03:11 (zh-CN), 11/27/26, 10:03:11 AM (en). */
export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' }).format(date);
}
