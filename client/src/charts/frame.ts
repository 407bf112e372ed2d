/**
 * The head of every chart option: a centred title and, for screen readers, a description that
 * names the chart and reads its figures out ("title：figure；figure").
 */
export function chartHeading(title: string, figures: readonly string[], spokenTitle = title) {
  return {
    aria: { enabled: true, label: { description: `${spokenTitle}：${figures.join('；')}` } },
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
