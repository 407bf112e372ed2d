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
