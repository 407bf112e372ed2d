/**
 * The attendance annex (附件2): one row per person (姓名, 岗位, optional 资格证 / 从业时间 /
 * 合同期限), months across (2023年6月 …) each with three marks 人员 / 社保 / 工资 (√ or ——), and a
 * 备注 whose words become leaves and transfers (2023.6.10离职, 2023.12.1 调至华洲街社工站) and the
 * re-employed retiree's exemption from social insurance (退休返聘).
 */
import { positionAreaNumber } from '../domain/quality/sources.ts';
import {
  filledRows,
  parseDate,
  preamble,
  type ImportContext,
  type ImportedStaff,
  type ImportPlan,
} from './plan.ts';
import { problem, type ImportProblem } from './problems.ts';
import { label, type Cell } from './sheet.ts';

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

const kindOf = (cell: Cell) => {
  const text = label(cell);
  if (/^(人员|在岗|到岗)/.test(text)) return 'inPost' as const;
  if (/^社保/.test(text)) return 'insured' as const;
  if (/^(工资|薪酬)/.test(text)) return 'paid' as const;
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

interface Columns {
  name: number;
  position: number | null;
  certification: number | null;
  practice: number | null;
  contract: number | null;
  remark: number | null;
  months: Array<{ month: string; inPost?: number; insured?: number; paid?: number }>;
}

function columnsOf(
  rows: readonly Cell[][],
  headerRow: number,
  ctx: ImportContext,
  problems: ImportProblem[],
) {
  const top = rows[headerRow] ?? [];
  const sub = rows[headerRow + 1] ?? [];
  const find = (re: RegExp) => {
    const c = top.findIndex((cell) => re.test(label(cell)));
    return c >= 0 ? c : null;
  };
  const cols: Columns = {
    name: top.findIndex((c) => label(c) === '姓名'),
    position: find(/^(岗位|职位|职务)/),
    certification: find(/资格|证书/),
    practice: find(/从业|入行/),
    contract: find(/合同/),
    remark: find(/^备注/),
    months: [],
  };
  const startYear = ctx.contract ? Number(ctx.contract.start.slice(0, 4)) : null;
  let current: Columns['months'][number] | null = null;
  for (let c = 0; c < Math.max(top.length, sub.length); c++) {
    if (top[c] != null && c !== cols.remark) {
      const month = monthOf(top[c] ?? null, current?.month ?? null, startYear);
      if (month) {
        current = { month };
        cols.months.push(current);
      } else if (kindOf(sub[c] ?? null)) {
        problems.push(problem('import/bad_month', { row: headerRow + 1, col: c + 1, value: top[c] }));
        current = null;
      }
    }
    const kind = kindOf(sub[c] ?? null);
    if (current && kind && current[kind] === undefined) current[kind] = c;
  }
  return cols;
}

export function readAttendance(rows: readonly Cell[][], ctx: ImportContext): ImportPlan {
  const header = findAttendanceHeader(rows);
  if (!header) throw new Error('findAttendanceHeader must be checked first');
  const problems: ImportProblem[] = [];
  const cols = columnsOf(rows, header.row, ctx, problems);
  const staff: ImportedStaff[] = [];
  for (let r = header.row + 2; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const name = row[cols.name];
    if (name == null || /^(总计|合计|小计|注|说明)/.test(label(name))) continue;
    const months = cols.months.flatMap((m) => {
      const read = (kind: 'inPost' | 'insured' | 'paid') => {
        const c = m[kind];
        if (c === undefined) return false;
        const mark = readMark(row[c] ?? null);
        if (mark === undefined)
          problems.push(problem('import/bad_mark', { row: r + 1, col: c + 1, value: row[c] }));
        return mark ?? false;
      };
      return [{ month: m.month, inPost: read('inPost'), insured: read('insured'), paid: read('paid') }];
    });
    const at = (c: number | null) => (c == null ? null : (row[c] ?? null));
    const remark = at(cols.remark) == null ? '' : String(at(cols.remark)).trim();
    const leaving = readRemark(remark);
    const contract = at(cols.contract) == null ? null : String(at(cols.contract));
    const [contractStart, contractEnd] = contract ? contractDates(contract) : [null, null];
    const position = at(cols.position) == null ? '社工' : String(at(cols.position)).trim();
    const areaNumber = positionAreaNumber(position);
    const practiceCell = at(cols.practice);
    let practiceStart = practiceCell == null ? null : practiceDate(String(practiceCell));
    if (practiceStart == null) {
      const first = months.find((m) => m.inPost)?.month ?? ctx.contract?.start.slice(0, 7) ?? null;
      practiceStart = first ? `${first}-01` : (ctx.contract?.start ?? '');
      problems.push(
        problem('import/practice_start_assumed', { row: r + 1, value: practiceStart }, 'warning'),
      );
    }
    staff.push({
      row: r + 1,
      name: String(name).trim(),
      position,
      area: areaNumber == null ? null : (ctx.areas[areaNumber - 1]?.code ?? null),
      certification: certification(at(cols.certification)),
      practiceStart,
      contractStart,
      contractEnd,
      leftOn: leaving.leftOn,
      leavingReason: leaving.leavingReason,
      insuranceExemption: leaving.exemption,
      note: remark === '' ? null : remark,
      months,
    });
  }
  return {
    layout: 'attendance',
    rowsRead: filledRows(rows),
    ...preamble(rows, header.row),
    values: [],
    staff,
    newAreas: [],
    socialWorkers: null,
    problems,
  };
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
