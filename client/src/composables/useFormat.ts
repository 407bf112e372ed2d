import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { formatNumber, formatPercent, formatScore, formatYuan, type Locale } from '../../../shared/format.ts';
import type { ChartText } from '../modules/i18n.ts';
import { colon, localDemoText, localName, localPosition, localUnit, paren } from '../../../shared/labels.ts';

type Cell = (row: unknown, column: unknown, value: number | null | undefined) => string;

/** A table column of figures (`FigureColumns`): the row's `prop`, right-aligned unless told. */
export interface FigureColumn {
  prop: string;
  label: string;
  /** How a cell shows the value (el-table's `formatter`); none: as it is. */
  cell?: (row: never, column: never, value: never) => string;
  width?: string;
  align?: 'left' | 'right' | 'center';
  sortable?: boolean;
  sortMethod?: (a: never, b: never) => number;
}

/** Numbers, rates, names and chart text in the user's locale, for pages and components. */
export function useFormat() {
  const { t, te, locale } = useI18n();
  const loc = computed(() => locale.value as Locale);
  const pct = (rate: number | null | undefined, digits?: number) => formatPercent(rate, loc.value, digits);
  const num = (value: number | null | undefined) => formatNumber(value, loc.value);
  /** Yuan to the cent, and scores to two decimals: one style each, everywhere. */
  const yuan = (value: number | null | undefined) => formatYuan(value, loc.value);
  const score = (value: number | null | undefined) => formatScore(value, loc.value);
  const numberCell: Cell = (_row, _column, value) => num(value);
  return {
    t,
    te,
    loc,
    pct,
    num,
    yuan,
    score,
    /** Table cells showing the column's `prop` in yuan. */
    yuanCell: ((_row, _column, value) => yuan(value)) as Cell,
    name: (item: { nameZh: string; nameEn: string }) => localName(item, loc.value),
    unit: (item: { unit: string; unitEn: string }) => localUnit(item, loc.value),
    /** Brackets and colons in the user's language (（） and ： in Chinese, ( ) and : in English). */
    paren: (text: string, inner: string | number) => paren(text, inner, loc.value),
    colon: (label: string) => colon(label, loc.value),
    position: (p: string) => localPosition(p, loc.value),
    demoText: (text: string) => localDemoText(text, loc.value),
    /** What chart option builders take: the translate function and the locale. */
    text: computed<ChartText>(() => ({ t, locale: loc.value })),
    /** Table cells (`el-table-column :formatter`) showing the column's `prop` as a rate. */
    percentCell:
      (digits?: number): Cell =>
      (_row, _column, value) =>
        pct(value, digits),
    /** Table cells showing the column's `prop` as a number. */
    numberCell,
  };
}
