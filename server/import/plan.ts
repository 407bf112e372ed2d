/**
 * What a file says, mapped onto a station-year but not yet written: the import plan. The dry
 * run shows it; the real run writes it in one transaction (`commands/imports.ts`).
 */
import { areaNumeral } from '../domain/quality/sources.ts';
import type { CellAccount } from './ledger.ts';
import type { ImportProblem } from './problems.ts';
import { label, type Cell, type FileFormat, type TextEncoding } from './sheet.ts';

export type Layout = 'long' | 'wide' | 'attendance';

/** What the mapping needs to know about the station-year the file goes into. */
export interface ImportContext {
  indicators: ReadonlyArray<{ code: string; nameZh: string; nameEn: string; unit: string }>;
  /** The station's service areas in their order (片区1 is the first). */
  areas: ReadonlyArray<{ code: string; label: string; printedLabel: string | null }>;
  /** The contract's dates, when there is a contract (or the user gave them). */
  contract: { start: string; end: string } | null;
  /** The service year the file goes into, and the street names of this station and the others. */
  year?: number;
  street?: string;
  otherStreets?: readonly string[];
  /** The server's today: a monthly figure for a month not begun by it is refused. */
  today?: string;
  /** Periods of the actuals stored already, by `indicator|area` (area code or null). */
  storedPeriods?: ReadonlyMap<string, ReadonlyArray<{ start: string; end: string }>>;
}

/** One figure of the file: a target, an actual with its printed rate, or both. */
export interface ImportedValue {
  indicator: string;
  /** Area code; null for the station total (合计). */
  area: string | null;
  target: number | null;
  actual: number | null;
  /** Fraction (1.037 = 103.7%), as printed beside the actual. */
  statedRate: number | null;
  statedRateText: string | null;
  /** The period the actual counts; null for the whole contract (a year total). */
  period: { start: string; end: string } | null;
  row: number;
  /**
   * The actual as the file printed it, when the user took a data-quality suggestion in its place
   * (a lost decimal point put back): kept beside the value, as the seed keeps Chigang's.
   */
  printedValue?: string | null;
}

/** A service area the file names that the station does not have yet (first import). */
export interface NewArea {
  code: string;
  label: string;
  printedLabel: string;
  socialWorkers: number | null;
}

export interface ImportedMonth {
  month: string;
  inPost: boolean;
  insured: boolean;
  paid: boolean;
}

/** One person of an attendance annex, with the name as printed (pseudonymised on writing). */
export interface ImportedStaff {
  row: number;
  name: string;
  position: string;
  area: string | null;
  certification: 'intermediate' | 'assistant' | 'none';
  /** Null when the file does not give it. */
  practiceStart: string | null;
  contractStart: string | null;
  contractEnd: string | null;
  leftOn: string | null;
  leavingReason: 'left' | 'transferred_out' | 'retired' | null;
  insuranceExemption: string | null;
  note: string | null;
  months: ImportedMonth[];
}

export interface ImportPlan {
  layout: Layout;
  /** Rows of the file that held anything. */
  rowsRead: number;
  title: string | null;
  /** The data period the file states (title or 数据统计时间), if it states one. */
  statedPeriod: { start: string; end: string } | null;
  values: ImportedValue[];
  staff: ImportedStaff[];
  newAreas: NewArea[];
  /** Social workers the table counts (投入社工人数 of 合计, else the areas' sum). */
  socialWorkers: number | null;
  problems: ImportProblem[];
  /** Words beside the tables, recognised as notes (a footnote, a remark, a period), by row. */
  notes: Array<{ row: number; text: string }>;
  /** How every non-empty cell of the file was accounted for. */
  cells: CellAccount;
  /** What the file was: format, text encoding and separator, the sheet read. */
  source: {
    format: FileFormat | null;
    encoding: TextEncoding | null;
    delimiter: string | null;
    sheet: string | null;
  };
}

/** What a layout reads; the accounting of its cells (`index.ts`) completes the plan. */
export type LayoutPlan = Omit<ImportPlan, 'notes' | 'cells' | 'source'>;

export const filledRows = (rows: readonly Cell[][]) =>
  rows.filter((r) => r.some((c) => c != null && String(c).trim() !== '')).length;

const totals = new Set(['合计', '总计', '全站', '小计', 'total', 'station']);

/**
 * An area as a file names it → its code; null for the station total, undefined when the station
 * has no such area. Matched by code (A), label (片区1), the label as printed with its
 * communities, or the annex number (片区1 / 第一片区 ↔ the first area).
 */
export function matchArea(cell: Cell, areas: ImportContext['areas']): string | null | undefined {
  return areaMatcher(areas)(cell);
}

const matchers = new WeakMap<ImportContext['areas'], (cell: Cell) => string | null | undefined>();

/** `matchArea` for one station's areas, with their labels folded once (files have many rows). */
export function areaMatcher(areas: ImportContext['areas']): (cell: Cell) => string | null | undefined {
  const known = matchers.get(areas);
  if (known) return known;
  const byName = new Map<string, string>();
  for (const a of [...areas].reverse())
    for (const name of [a.code, label(a.label), label(a.printedLabel)]) if (name) byName.set(name, a.code);
  const memo = new Map<string, string | null | undefined>();
  const match = (cell: Cell) => {
    const text = label(cell);
    if (memo.has(text)) return memo.get(text);
    let code: string | null | undefined;
    if (totals.has(text.toLowerCase())) code = null;
    else {
      const head = text.replace(/\(.*$/, '');
      const n = annexNumber(head);
      code =
        byName.get(text) ??
        (head === '' ? undefined : byName.get(head)) ??
        (n != null && n >= 1 && n <= areas.length ? areas[n - 1]?.code : undefined);
    }
    memo.set(text, code);
    return code;
  };
  matchers.set(areas, match);
  return match;
}

/** 片区1, 第1片区, 第一片区, 片区一 → 1. */
export function annexNumber(text: string): number | null {
  const match = /^第?([0-9]+|[一二三四五六七八九十])片区$|^片区([0-9]+|[一二三四五六七八九十])$/.exec(text);
  const n = match?.[1] ?? match?.[2];
  return n == null ? null : areaNumeral(n);
}

/** A date as Chinese files print it: 2023年5月31日, 2023.5.31, 2023-05-31, 2023/5/31 → ISO. */
export function parseDate(text: string): string | null {
  const m = /(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})/.exec(text.normalize('NFKC'));
  if (!m) return null;
  const iso = `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** "2023年5月31日至2024年5月30日" (also 到, ~, -, —) → both dates. */
export function parseDateRange(text: string): { start: string; end: string } | null {
  const t = text.normalize('NFKC');
  const date = String.raw`\d{4}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?`;
  const m = new RegExp(`(${date})\\s*(?:至|到|~|～|-|—|–|\\.\\.)\\s*(${date})`).exec(t);
  if (!m?.[1] || !m[2]) return null;
  const start = parseDate(m[1]);
  const end = parseDate(m[2]);
  return start && end && start <= end ? { start, end } : null;
}

/** The title and the stated data period from the lines above a table. */
export function preamble(rows: readonly Cell[][], before: number) {
  let title: string | null = null;
  let statedPeriod: { start: string; end: string } | null = null;
  for (const row of rows.slice(0, before)) {
    for (const cell of row) {
      if (cell == null) continue;
      const text = String(cell).trim();
      title ??= text;
      statedPeriod ??= parseDateRange(text);
    }
  }
  return { title, statedPeriod };
}
