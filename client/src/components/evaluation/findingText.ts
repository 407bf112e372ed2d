/**
 * How a finding reads, on the screen (table or phone list) and in its download: the report's own
 * words in 「」, whether they are quoted or paraphrased, and in English whether they stay Chinese.
 */
import type { ChartText } from '../../modules/i18n.ts';

export interface Finding {
  party: string | null;
  dimension: string;
  kind: string;
  area: { code: string } | null;
  /** As the report numbers it: `二（四）2（1）③`. */
  section: string | null;
  text: string;
  /** The Chinese text: the report's own words when `verbatim`. */
  original: string;
  verbatim: boolean;
  /** False: `text` is the Chinese, in English too. */
  translated: boolean;
}

/** Quoted words stay in the report's language, with the translation beside them when there is one. */
export function shownText(f: Finding): string {
  if (!f.verbatim) return f.text;
  return f.translated && f.original !== f.text ? `「${f.original}」 (${f.text})` : `「${f.original}」`;
}

/** "quoted", "paraphrased"; in English "quoted (not translated)" when the words stay Chinese. */
export function quoteNote(f: Finding, { t, locale }: ChartText): string {
  const how = t(f.verbatim ? 'evaluation.verbatim' : 'evaluation.paraphrase');
  return locale === 'en' && !f.translated ? `${how} ${t('evaluation.notTranslated')}` : how;
}

/** Praise green, concerns red; recommendations and follow-up cases neutral. */
export function tone(kind: string): string {
  return kind === 'STRENGTH' ? 'tone-good' : kind === 'CONCERN' ? 'tone-bad' : '';
}
