/**
 * The attendance annex (附件2) as stations print it: one row per person (类型, 序号, 姓名, 岗位 or
 * 职位, 资格证 / 岗位资格证类别, 从业时间, 合同期限 such as 2019.10.8-2026.5.30), months across
 * (2023年6月 …) each with three marks 人员 / 社保 / 工资 (√ or ——), and a 备注 whose words become
 * leaves and transfers (2023.6.10离职, 2023.12.1 调至华洲街社工站) and the re-employed retiree's
 * exemption from social insurance (退休返聘). 总计 and 小计 rows are checked against the marks,
 * never taken for people. Months whose columns the file lost (a table cut at its right edge)
 * are unknown: named, never filled in.
 */
import { positionAreaNumber } from '../domain/quality/sources.ts';
import type { CellLedger } from './ledger.ts';
import { parseNumber, parseRate } from './numbers.ts';
import {
  filledRows,
  parseDate,
  preamble,
  type ImportContext,
  type ImportedMonth,
  type ImportedStaff,
  type LayoutPlan,
} from './plan.ts';
import { problem, type ImportProblem } from './problems.ts';
import { isFigureLike, label, type Cell } from './sheet.ts';

const marks = {
  yes: ['√', '✓', '✔', '是', 'Y', 'y', '1', '有'],
  no: ['', '—', '——', '-', '--', '×', '✗', '否', 'N', 'n', '0', '无'],
};

export function readMark(cell: Cell): boolean | undefined {
  const text = label(cell);
  if (marks.yes.includes(text)) return true;
  if (marks.no.includes(text) || /^[—–-]+$/.test(text)) return false;
  return undefined;
}

type Kind = 'inPost' | 'insured' | 'paid';
const kinds: readonly Kind[] = ['inPost', 'insured', 'paid'];
const kindNames: Record<Kind, string> = { inPost: '人员', insured: '社保', paid: '工资' };

const kindOf = (cell: Cell): Kind | null => {
  const text = label(cell);
  if (/^(人员|在岗|到岗)/.test(text)) return 'inPost';
  if (/^社保/.test(text)) return 'insured';
  if (/^(工资|薪酬)/.test(text)) return 'paid';
  return null;
};

export function findAttendanceHeader(rows: readonly Cell[][]): { row: number } | null {
  for (let r = 0; r < Math.min(rows.length - 1, 30); r++) {
    const names = (rows[r] ?? []).some((c) => label(c) === '姓名');
    const below = rows[r + 1] ?? [];
    if (names && below.some((c) => kindOf(c) === 'inPost') && below.some((c) => kindOf(c) === 'insured'))
      return { row: r };
  }
  return null;
}

/** 2023年6月, 2023.6, 2023-06, or 6月 (its year from the months before it and the contract). */
function monthOf(cell: Cell, previous: string | null, startYear: number | null): string | null {
  const text = label(cell);
  const full = /^(\d{4})[年.\-/](\d{1,2})月?$/.exec(text);
  if (full?.[1] && full[2]) return `${full[1]}-${full[2].padStart(2, '0')}`;
  const bare = /^(\d{1,2})月$/.exec(text);
  if (!bare?.[1]) return null;
  const m = Number(bare[1]);
  const prev = previous ? previous.split('-').map(Number) : null;
  const year = prev?.[0] != null && prev[1] != null ? (m <= prev[1] ? prev[0] + 1 : prev[0]) : startYear;
  return year == null ? null : `${year}-${String(m).padStart(2, '0')}`;
}

/** The certificate a cell names; a 类型 of 非持社工证 says none when the cell does not. */
const certification = (cell: Cell): ImportedStaff['certification'] => {
  const text = label(cell);
  if (text.includes('中级') || text.includes('高级')) return 'intermediate';
  if (text.includes('助理') || text.includes('初级')) return 'assistant';
  return 'none';
};

/** The remark's words as a leave, a transfer or an exemption. */
export function readRemark(text: string) {
  const date = parseDate(text);
  const exemption = /退休返聘/.test(text) ? 'retired_reemployed' : null;
  if (/调至|调往|调离/.test(text))
    return { leftOn: date, leavingReason: 'transferred_out' as const, exemption };
  if (/离职|辞职|解聘/.test(text)) return { leftOn: date, leavingReason: 'left' as const, exemption };
  if (/退休(?!返聘)/.test(text)) return { leftOn: date, leavingReason: 'retired' as const, exemption };
  return { leftOn: null, leavingReason: null, exemption };
}

/** One month's three mark columns (a column the file lost is undefined). */
interface MonthColumns {
  month: string;
  cols: Partial<Record<Kind, number>>;
}

interface Columns {
  name: number;
  type: number | null;
  index: number | null;
  position: number | null;
  certification: number | null;
  practice: number | null;
  contract: number | null;
  remark: number | null;
  months: MonthColumns[];
  /** Months the header names whose marks are cut off: unknown. */
  cut: string[];
  /**
   * How far the people's marks sit from the sub-headers (0, or ±1 where a PDF's text shifted the
   * header row against the rows under it), found from the rows themselves.
   */
  shift: number;
}

/** The mark columns as groups of 人员 / 社保 / 工资 (a kind the group has already starts the next). */
function markGroups(sub: readonly Cell[]): Array<Partial<Record<Kind, number>>> {
  const groups: Array<Partial<Record<Kind, number>>> = [];
  let current: Partial<Record<Kind, number>> | null = null;
  sub.forEach((cell, c) => {
    const kind = kindOf(cell);
    if (!kind) return;
    if (!current || current[kind] !== undefined || (kind === 'inPost' && Object.keys(current).length > 0)) {
      current = {};
      groups.push(current);
    }
    current[kind] = c;
  });
  return groups;
}

function columnsOf(
  rows: readonly Cell[][],
  headerRow: number,
  ctx: ImportContext,
  ledger: CellLedger,
  problems: ImportProblem[],
): Columns {
  const top = rows[headerRow] ?? [];
  const sub = rows[headerRow + 1] ?? [];
  const find = (re: RegExp) => {
    const c = top.findIndex((cell) => re.test(label(cell)));
    if (c >= 0) ledger.mark(headerRow, c, 'header');
    return c >= 0 ? c : null;
  };
  const name = find(/^姓名$/) ?? 0;
  const cols: Columns = {
    name,
    type: find(/^(类型|类别)$/),
    index: find(/^(序号|编号)$/),
    position: find(/^(岗位|职位|职务)/),
    certification: find(/资格|证书/),
    practice: find(/从业|入行/),
    contract: find(/合同/),
    remark: find(/^备注/),
    months: [],
    cut: [],
    shift: 0,
  };
  const groups = markGroups(sub);
  for (const g of groups) for (const c of Object.values(g)) ledger.mark(headerRow + 1, c, 'header');
  const startYear = ctx.contract ? Number(ctx.contract.start.slice(0, 4)) : null;
  const labels: Array<{ month: string; col: number }> = [];
  const firstMark = Math.min(...groups.flatMap((g) => Object.values(g)));
  const described = new Set([
    cols.name,
    cols.type,
    cols.index,
    cols.position,
    cols.certification,
    cols.practice,
    cols.contract,
    cols.remark,
  ]);
  top.forEach((cell, c) => {
    if (cell == null || described.has(c) || c < firstMark - 1) return;
    const month = monthOf(cell, labels.at(-1)?.month ?? null, startYear);
    if (month) {
      labels.push({ month, col: c });
      ledger.mark(headerRow, c, 'header');
    } else if (kindOf(sub[c] ?? null))
      problems.push(problem('import/bad_month', { row: headerRow + 1, col: c + 1, value: cell }));
  });
  // By the columns the months stand over when each month has its own group; else (a file that
  // lost the merged spans) the months in order over the groups in order.
  const starts = groups.map((g) => Math.min(...Object.values(g)));
  const over = labels.map((l) => starts.filter((s) => s <= l.col).length - 1);
  const positional = new Set(over).size === labels.length && over.every((g) => g >= 0);
  labels.forEach((l, i) => {
    const group = groups[positional ? (over[i] ?? -1) : i];
    const whole = group && kinds.every((k) => group[k] !== undefined);
    if (whole) cols.months.push({ month: l.month, cols: group });
    else cols.cut.push(l.month);
  });
  if (cols.cut.length > 0)
    problems.push(
      problem(
        'import/cut_months',
        {
          row: headerRow + 1,
          value: cols.cut.join('、'),
          params: { count: String(labels.length) },
          paramsEn: { value: cols.cut.join(', ') },
        },
        'warning',
      ),
    );
  return cols;
}

const isTotalsLabel = (text: string) => /总计|合计/.test(text);
const isSubtotalLabel = (text: string) => /小计/.test(text);

/** The figures of a totals row in order, as (month, kind) in the order of the mark columns. */
function figuresOf(row: readonly Cell[], r: number, from: number, ledger: CellLedger) {
  const figures: number[] = [];
  row.forEach((cell, c) => {
    if (c < from || cell == null) return;
    const parsed = parseNumber(cell);
    if (parsed.ok && parsed.value != null) {
      figures.push(parsed.value);
      ledger.mark(r, c, 'value');
    }
  });
  return figures;
}

interface TotalsCheck {
  totals: { row: number; figures: number[] } | null;
  subtotal: { row: number; figures: number[] } | null;
}

export function readAttendance(rows: readonly Cell[][], ctx: ImportContext, ledger: CellLedger): LayoutPlan {
  const header = findAttendanceHeader(rows);
  if (!header) throw new Error('findAttendanceHeader must be checked first');
  const problems: ImportProblem[] = [];
  const cols = columnsOf(rows, header.row, ctx, ledger, problems);
  cols.shift = markShift(rows, header.row + 2, cols);
  const staff: ImportedStaff[] = [];
  const check: TotalsCheck = { totals: null, subtotal: null };
  let type: string | null = null;
  let lastStaffRow = header.row + 1;
  const firstMark = Math.min(...cols.months.flatMap((m) => Object.values(m.cols)), Infinity);
  for (let r = header.row + 2; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const first = row.find((cell) => cell != null);
    const text = label(first ?? null);
    if (first == null) continue;
    if (isSubtotalLabel(text) || isTotalsLabel(text)) {
      ledger.mark(r, row.indexOf(first), 'label');
      const figures = figuresOf(row, r, Math.min(firstMark - 1, cols.name + 1), ledger);
      if (figures.length > 0) check[isSubtotalLabel(text) ? 'subtotal' : 'totals'] = { row: r + 1, figures };
      continue;
    }
    if (/率/.test(text) && !row.some(isFigureLike)) {
      ledger.markRow(row, r, 'label');
      markRateBeside(rows, r, ledger);
      continue;
    }
    const name = row[cols.name];
    if (name == null) continue;
    if (cols.type != null && row[cols.type] != null) {
      type = label(row[cols.type] ?? null);
      ledger.mark(r, cols.type, 'label');
    }
    staff.push(readPerson(row, r, cols, type, ctx, ledger, problems));
    lastStaffRow = r;
  }
  problems.push(...checkTotals(staff, cols, check));
  remarksBelow(rows, lastStaffRow + 1, ledger, problems);
  const head = preamble(rows, header.row);
  for (let r = 0; r < header.row; r++)
    (rows[r] ?? []).forEach((cell, c) => {
      if (cell != null && !isFigureLike(cell)) ledger.mark(r, c, 'label');
    });
  return {
    layout: 'attendance',
    rowsRead: filledRows(rows),
    ...head,
    values: [],
    staff,
    newAreas: [],
    socialWorkers: null,
    problems,
  };
}

/**
 * The shift (0, +1 or −1) under which most of the people's rows hold marks in the mark columns;
 * 0 when it ties.
 */
function markShift(rows: readonly Cell[][], from: number, cols: Columns): number {
  const described = [
    cols.type,
    cols.index,
    cols.name,
    cols.position,
    cols.certification,
    cols.practice,
    cols.contract,
  ];
  const lastDescribed = Math.max(...described.map((c) => c ?? -1));
  const markCols = cols.months.flatMap((m) => Object.values(m.cols));
  // A shift that puts a mark column on a name, position or contract column cannot be right.
  const fits = (shift: number) => markCols.every((c) => c + shift > lastDescribed);
  const fit = (shift: number) => {
    let n = 0;
    for (let r = from; r < rows.length; r++) {
      const row = rows[r] ?? [];
      if (row[cols.name] == null) continue;
      for (const c of markCols)
        if (row[c + shift] != null && readMark(row[c + shift] ?? null) !== undefined) n++;
    }
    return n;
  };
  const best = [0, 1, -1].filter(fits).sort((a, b) => fit(b) - fit(a))[0];
  return best ?? 0;
}

/** A lone printed rate (80%) in the nearest filled row under (or over) a label naming a 率. */
function markRateBeside(rows: readonly Cell[][], r: number, ledger: CellLedger) {
  const filledOf = (d: number) => (rows[d] ?? []).flatMap((cell, c) => (cell == null ? [] : [c]));
  for (const step of [1, -1]) {
    let d = r + step;
    while (d >= 0 && d < rows.length && filledOf(d).length === 0) d += step;
    const filled = filledOf(d);
    const c = filled[0];
    const cell = c === undefined ? null : (rows[d]?.[c] ?? null);
    if (filled.length === 1 && c !== undefined && /%$/.test(String(cell)) && parseRate(cell).ok) {
      ledger.mark(d, c, 'rate');
      return;
    }
  }
}

function readPerson(
  row: readonly Cell[],
  r: number,
  cols: Columns,
  type: string | null,
  ctx: ImportContext,
  ledger: CellLedger,
  problems: ImportProblem[],
): ImportedStaff {
  const at = (c: number | null) => (c == null ? null : (row[c] ?? null));
  const read = (c: number | null) => {
    if (c != null && row[c] != null) ledger.mark(r, c, 'value');
    return at(c);
  };
  if (cols.index != null && row[cols.index] != null) ledger.mark(r, cols.index, 'label');
  const name = String(read(cols.name)).trim();
  // Cells past the last one filled were cut off the table: unknown, not "no".
  const lastFilled = row.reduce<number>((last, cell, c) => (cell == null ? last : c), -1);
  const months: ImportedMonth[] = [];
  const cut: string[] = [];
  for (const m of cols.months) {
    const month: Partial<Record<Kind, boolean>> = {};
    let known = true;
    for (const kind of kinds) {
      const c = m.cols[kind] === undefined ? undefined : (m.cols[kind] ?? 0) + cols.shift;
      if (c === undefined || c > lastFilled) {
        known = false;
        continue;
      }
      const mark = readMark(row[c] ?? null);
      if (mark === undefined) {
        problems.push(problem('import/bad_mark', { row: r + 1, col: c + 1, value: row[c] }));
        known = false;
      } else {
        month[kind] = mark;
        if (row[c] != null) ledger.mark(r, c, 'value');
      }
    }
    if (known)
      months.push({ month: m.month, inPost: !!month.inPost, insured: !!month.insured, paid: !!month.paid });
    else if (!cols.cut.includes(m.month)) cut.push(m.month);
  }
  if (cut.length > 0)
    problems.push(
      problem(
        'import/cut_months',
        {
          row: r + 1,
          value: cut.join('、'),
          params: { count: String(cols.months.length) },
          paramsEn: { value: cut.join(', ') },
        },
        'warning',
      ),
    );
  const remark = read(cols.remark) == null ? '' : String(at(cols.remark)).trim();
  const leaving = readRemark(remark);
  const contract = read(cols.contract) == null ? null : String(at(cols.contract));
  const [contractStart, contractEnd] = contract ? contractDates(contract) : [null, null];
  if (contract && (!contractStart || !contractEnd))
    problems.push(
      problem('import/bad_date', { row: r + 1, col: (cols.contract ?? 0) + 1, value: contract }, 'warning'),
    );
  const position = read(cols.position) == null ? '社工' : String(at(cols.position)).trim();
  const areaNumber = positionAreaNumber(position);
  const certCell = read(cols.certification);
  const practiceCell = read(cols.practice);
  // Not given: unknown, never assumed (such a person does not count as experienced).
  const practiceStart = practiceCell == null ? null : practiceDate(String(practiceCell));
  if (practiceStart == null)
    problems.push(problem('import/practice_start_unknown', { row: r + 1 }, 'warning'));
  return {
    row: r + 1,
    name,
    position,
    area: areaNumber == null ? null : (ctx.areas[areaNumber - 1]?.code ?? null),
    certification: certCell == null && type ? certification(type) : certification(certCell),
    practiceStart,
    contractStart,
    contractEnd,
    leftOn: leaving.leftOn,
    leavingReason: leaving.leavingReason,
    insuranceExemption: leaving.exemption,
    note: remark === '' ? null : remark,
    months,
  };
}

/**
 * The 总计 row against the marks of the people listed (month by month, in the order of the mark
 * columns), and the 小计 row (paid counts) against the 总计 row's paid counts.
 */
function checkTotals(staff: readonly ImportedStaff[], cols: Columns, check: TotalsCheck): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const sequence = cols.months.flatMap((m) => kinds.map((kind) => ({ month: m.month, kind })));
  const marked = (month: string, kind: Kind) =>
    staff.filter((s) => s.months.some((m) => m.month === month && m[kind])).length;
  const { totals, subtotal } = check;
  if (totals) {
    const over = sequence.flatMap((s, i) => {
      const total = totals.figures[i];
      const sum = marked(s.month, s.kind);
      return total != null && total !== sum ? [{ ...s, total, sum }] : [];
    });
    const first = over[0];
    if (first)
      problems.push(
        problem(
          'import/attendance_totals',
          {
            row: totals.row,
            value: `${first.month} ${kindNames[first.kind]} ${first.total}`,
            params: { marked: String(first.sum) },
          },
          'warning',
        ),
      );
  }
  if (subtotal) {
    const months = cols.months.length + cols.cut.length;
    if (subtotal.figures.length !== months)
      problems.push(
        problem(
          'import/subtotal_cells',
          {
            row: subtotal.row,
            params: { count: String(subtotal.figures.length), months: String(months) },
          },
          'warning',
        ),
      );
    const paid = totals ? sequence.flatMap((s, i) => (s.kind === 'paid' ? [totals.figures[i]] : [])) : [];
    const differ = cols.months.flatMap((m, i) => {
      const a = subtotal.figures[i];
      const b = paid[i];
      return a != null && b != null && a !== b ? [`${m.month} ${a} / ${b}`] : [];
    });
    if (differ.length > 0)
      problems.push(
        problem(
          'import/subtotal_mismatch',
          { row: subtotal.row, value: differ.join('；'), paramsEn: { value: differ.join('; ') } },
          'warning',
        ),
      );
  }
  return problems;
}

/**
 * Remarks pushed below the table (a PDF's 备注 column): a leave, a transfer or an exemption that
 * cannot be tied to a person is named; other words are notes.
 */
function remarksBelow(rows: readonly Cell[][], from: number, ledger: CellLedger, problems: ImportProblem[]) {
  for (let r = from; r < rows.length; r++)
    (rows[r] ?? []).forEach((cell, c) => {
      if (cell == null || ledger.isMarked(r, c) || isFigureLike(cell)) return;
      const remark = readRemark(String(cell));
      if (!remark.leavingReason && !remark.exemption) return;
      problems.push(problem('import/unattached_remark', { row: r + 1, col: c + 1, value: cell }, 'warning'));
      ledger.mark(r, c, 'note');
    });
}

function contractDates(text: string): [string | null, string | null] {
  const parts = text.split(/至|到|~|～|—|–|-(?=\d{4})/);
  return [parseDate(parts[0] ?? ''), parseDate(parts[1] ?? '')];
}

/** 从业时间 as 2012-03, 2012年3月 or a full date → ISO date. */
function practiceDate(text: string): string | null {
  const full = parseDate(text);
  if (full) return full;
  const month = /(\d{4})[年.\-/](\d{1,2})/.exec(text.normalize('NFKC'));
  return month?.[1] && month[2] ? `${month[1]}-${month[2].padStart(2, '0')}-01` : null;
}
