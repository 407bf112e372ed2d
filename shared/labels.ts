/** Names and units in the user's language, picked from the Chinese and English texts the API sends. */

/** A thing's name in the locale: `nameEn` in English, `nameZh` otherwise. */
export function localName(item: { nameZh: string; nameEn: string }, locale: string): string {
  return locale === 'en' ? item.nameEn : item.nameZh;
}

/** An indicator's unit in the locale: 个 / "calls". */
export function localUnit(item: { unit: string; unitEn: string }, locale: string): string {
  return locale === 'en' ? item.unitEn : item.unit;
}

/** Short station label for charts: the street in Chinese, "Xingang Street" in English. */
export function stationLabel(s: { streetZh: string; nameEn: string }, locale: string): string {
  return locale === 'en' ? s.nameEn.replace(' Social Work Station', '') : s.streetZh;
}

/** The `lang` argument of the API's text fields (explanations, messages): `en` or `zh`. */
export function apiLang(locale: string): 'en' | 'zh' {
  return locale === 'en' ? 'en' : 'zh';
}

/** "Good" and "89.09" → "良好（89.09）" in Chinese, "Good (89.09)" in English (each language's brackets). */
export function paren(text: string, inner: string | number, locale: string): string {
  return locale === 'en' ? `${text} (${inner})` : `${text}（${inner}）`;
}

/** A label before its value: "加权总分：" in Chinese, "Weighted total: " in English. */
export function colon(label: string, locale: string): string {
  return locale === 'en' ? `${label}: ` : `${label}：`;
}

const positions: Record<string, string> = {
  项目主管: 'Project lead',
  项目负责人: 'Project lead',
  社工: 'Social worker',
  行政: 'Administrator',
  督导: 'Supervisor',
};
const digitNames = '一二三四五六七八九十';

/** A staff position as the roster prints it, in English where it is one of the usual ones. */
export function localPosition(position: string, locale: string): string {
  if (locale !== 'en') return position;
  const area = /^第([一二三四五六七八九十]|\d+)片区社工$/.exec(position)?.[1];
  if (area) return `Area ${/\d/.test(area) ? area : digitNames.indexOf(area) + 1} social worker`;
  return positions[position] ?? position;
}

/** Demo data's Chinese marks in English: "…志愿队（示例）" → "…志愿队 (demo)", "示例资源" → "Demo resource". */
export function localDemoText(text: string, locale: string): string {
  if (locale !== 'en') return text;
  return text === '示例资源' ? 'Demo resource' : text.replace(/（示例）$/, ' (demo)');
}
