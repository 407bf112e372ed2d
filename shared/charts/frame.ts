import type { Locale } from '../format.ts';

/** The punctuation of a spoken list in each language: 标题：甲，乙；丙 — "Title: a, b; c". */
export function listMarks(locale: Locale) {
  return locale === 'en' ? { colon: ': ', item: '; ', part: ', ' } : { colon: '：', item: '；', part: '，' };
}

/**
 * The head of every chart option: a centred title and, for screen readers, a description that
 * names the chart and reads its figures out ("title：figure；figure", "title: figure; figure").
 */
export function chartHeading(locale: Locale, title: string, figures: readonly string[], spokenTitle = title) {
  const marks = listMarks(locale);
  return {
    aria: {
      enabled: true,
      label: { description: `${spokenTitle}${marks.colon}${figures.join(marks.item)}` },
    },
    title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
  };
}

/** A bar or line series drawn in one colour. */
export function coloured<T extends 'bar' | 'line'>(
  type: T,
  name: string,
  data: ReadonlyArray<number | null>,
  color: string | undefined,
) {
  return { type, name, data: [...data], itemStyle: { color } };
}
