/**
 * The long template: one row per (area or 合计, indicator, period) with target, actual and an
 * optional printed rate. Headers in Chinese or English; the indicator by code or Chinese name;
 * the period a month (2024-03), a range (2024-03-01~2024-03-31) or blank / 全年 for the year.
 * Rows are validated with zod; every issue becomes a problem naming row, column and value.
 */
import { z } from 'zod';
import type { ErrorCode } from '../errors.ts';
import { parseNumber, parseRate } from './numbers.ts';
import {
  filledRows,
  areaMatcher,
  parseDate,
  preamble,
  type ImportContext,
  type ImportedValue,
  type LayoutPlan,
} from './plan.ts';
import type { CellLedger, CellRole } from './ledger.ts';
import { problem, type ImportProblem } from './problems.ts';
import { isFigureLike, label, type Cell } from './sheet.ts';

const columnNames = {
  area: ['片区', '服务片区', '片区代码', 'area', 'area_code'],
  indicator: ['指标代码', 'indicator', 'indicator_code', 'code'],
  name: ['指标名称', '指标', 'indicator_name', 'name'],
  period: ['期间', '统计期间', '月份', 'period', 'month'],
  target: ['目标', '协议量', '指标要求', 'target'],
  actual: ['完成', '完成量', '完成数', 'actual'],
  rate: ['完成率', '百分比', '所列完成率', 'stated_rate', 'statedrate', 'rate'],
} as const;

type Column = keyof typeof columnNames;
export type LongColumns = Partial<Record<Column, number>>;

/** The header row of a long template and where its columns are, or null when it has none. */
export function findLongHeader(rows: readonly Cell[][]): { row: number; cols: LongColumns } | null {
  for (let r = 0; r < Math.min(rows.length, 30); r++) {
    const cols: LongColumns = {};
    (rows[r] ?? []).forEach((cell, c) => {
      const text = label(cell)
        .toLowerCase()
        .replace(/\(.*?\)/g, '');
      for (const [key, names] of Object.entries(columnNames) as Array<[Column, readonly string[]]>) {
        if (cols[key] === undefined && names.includes(text)) cols[key] = c;
      }
    });
    const hasIndicator = cols.indicator !== undefined || cols.name !== undefined;
    if (hasIndicator && (cols.target !== undefined || cols.actual !== undefined)) return { row: r, cols };
  }
  return null;
}

const monthEnd = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

const periods = new Map<string, { start: string; end: string } | null | undefined>();

/** A period cell → its first and last day; null for the whole contract; undefined when unreadable. */
export function parsePeriod(cell: Cell): { start: string; end: string } | null | undefined {
  const text = label(cell);
  // A long file repeats a few hundred periods many times: read each once.
  if (periods.has(text)) return periods.get(text);
  const period = readPeriod(text);
  if (periods.size > 10_000) periods.clear();
  periods.set(text, period);
  return period;
}

function readPeriod(text: string): { start: string; end: string } | null | undefined {
  if (['', '全年', '年度', '全年度', 'year', 'total'].includes(text.toLowerCase())) return null;
  const range = /^(.+?)(?:~|～|至|\.\.)(.+)$/.exec(text);
  if (range?.[1] && range[2]) {
    const start = parseDate(range[1]);
    const end = parseDate(range[2]);
    return start && end && start <= end ? { start, end } : undefined;
  }
  const month = /^(\d{4})[-/.年](\d{1,2})月?(?:[-/.](\d{1,2})日?)?$/.exec(text);
  if (!month?.[1] || !month[2]) return undefined;
  const mm = Number(month[2]);
  if (mm < 1 || mm > 12) return undefined;
  const m = `${month[1]}-${String(mm).padStart(2, '0')}`;
  return { start: `${m}-01`, end: monthEnd(m) };
}

type RowCells = Record<Exclude<Column, 'name'>, Cell>;

/** A zod issue at a cell's key, carrying our code. (Module functions: none is made per row.) */
function fail(zctx: z.RefinementCtx, key: keyof RowCells, code: ErrorCode): void {
  zctx.addIssue({ code: 'custom', path: [key], params: { code } });
}

function quantity(zctx: z.RefinementCtx, row: RowCells, key: 'target' | 'actual'): number | null {
  const parsed = parseNumber(row[key]);
  if (!parsed.ok) fail(zctx, key, 'import/not_a_number');
  else if (parsed.value != null && parsed.value < 0) fail(zctx, key, 'import/negative');
  return parsed.ok ? parsed.value : null;
}

/**
 * A row's cells → its values, every problem a zod issue at the cell's key carrying our code.
 * One transform for the whole row, not one per cell: a long file may have 100,000 rows, and six
 * pipes per row cost zod more than reading the cells does.
 */
function rowSchema(ctx: ImportContext) {
  const area = areaMatcher(ctx.areas);
  const indicators = new Map<string, string>();
  for (const i of ctx.indicators) indicators.set(label(i.nameZh), i.code).set(i.code, i.code);
  const contract = ctx.contract;
  return z.custom<RowCells>().transform((row, zctx) => {
    const areaCode = area(row.area ?? '合计');
    if (areaCode === undefined) fail(zctx, 'area', 'import/unknown_area');
    const indicator = indicators.get(label(row.indicator));
    if (!indicator) fail(zctx, 'indicator', 'import/unknown_indicator');
    let period = parsePeriod(row.period);
    if (period === undefined) {
      fail(zctx, 'period', 'import/bad_period');
      period = null;
    } else if (period && contract && (period.end < contract.start || period.start > contract.end))
      fail(zctx, 'period', 'import/period_outside_contract');
    else if (period && ctx.today && period.start > ctx.today) fail(zctx, 'period', 'import/future_period');
    const target = quantity(zctx, row, 'target');
    const actual = quantity(zctx, row, 'actual');
    const rate = parseRate(row.rate);
    if (!rate.ok) fail(zctx, 'rate', 'import/bad_rate');
    const stated = rate.ok ? rate.value : null;
    // The plan's value itself (its row is set by the caller): no second object per row.
    const value: ImportedValue = {
      indicator: indicator ?? '',
      area: areaCode ?? null,
      target,
      actual,
      statedRate: stated?.rate ?? null,
      statedRateText: stated?.text ?? null,
      period,
      row: 0,
    };
    return value;
  });
}

const isFilled = (cell: Cell) => cell != null;

/**
 * The header, and every row under it by column: the known columns are read (the rate and the
 * indicator's name beside its code are recognised), a 备注 column holds notes; any other column
 * is left for the ledger to name. The title above is a label.
 */
function markLong(rows: readonly Cell[][], headerRow: number, cols: LongColumns, ledger: CellLedger) {
  const roles = new Map<number, CellRole>();
  for (const [key, c] of Object.entries(cols) as Array<[Column, number]>)
    roles.set(
      c,
      key === 'rate' ? 'rate' : key === 'name' && cols.indicator !== undefined ? 'label' : 'value',
    );
  (rows[headerRow] ?? []).forEach((cell, c) => {
    if (cell == null) return;
    ledger.mark(headerRow, c, 'header');
    if (!roles.has(c) && /^(备注|说明|注)/.test(label(cell))) roles.set(c, 'note');
  });
  ledger.markColumns(headerRow + 1, rows.length, roles);
  for (let r = 0; r < headerRow; r++)
    (rows[r] ?? []).forEach((cell, c) => {
      if (cell != null && !isFigureLike(cell)) ledger.mark(r, c, 'label');
    });
}
const cellAt = (row: readonly Cell[], col: number | undefined): Cell =>
  col === undefined ? null : (row[col] ?? null);

export function readLong(rows: readonly Cell[][], ctx: ImportContext, ledger: CellLedger): LayoutPlan {
  const header = findLongHeader(rows);
  if (!header) throw new Error('findLongHeader must be checked first');
  const { cols } = header;
  markLong(rows, header.row, cols, ledger);
  const schema = rowSchema(ctx);
  const problems: ImportProblem[] = [];
  const values: ImportedValue[] = [];
  const seen = new Map<string, number>();
  const targets = new Map<string, { value: number; row: number }>();
  for (let r = header.row + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (!row.some(isFilled)) continue;
    const input: RowCells = {
      area: cellAt(row, cols.area),
      indicator: cellAt(row, cols.indicator) ?? cellAt(row, cols.name),
      period: cellAt(row, cols.period),
      target: cellAt(row, cols.target),
      actual: cellAt(row, cols.actual),
      rate: cellAt(row, cols.rate),
    };
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as keyof typeof input;
        const col = key === 'indicator' ? (cols.indicator ?? cols.name) : cols[key];
        const params: Record<string, string> = {
          ...(ctx.contract ?? {}),
          ...(ctx.today ? { today: ctx.today } : {}),
        };
        const code = ((issue as { params?: { code?: ErrorCode } }).params?.code ??
          'import/not_a_number') as ErrorCode;
        problems.push(
          problem(code, { row: r + 1, col: col == null ? null : col + 1, value: input[key], params }),
        );
      }
      continue;
    }
    const v = parsed.data;
    if (v.target == null && v.actual == null) continue;
    const key = `${v.area}|${v.indicator}|${v.period?.start}|${v.period?.end}`;
    const other = seen.get(key);
    if (other !== undefined) {
      problems.push(problem('import/duplicate', { row: r + 1, params: { other: String(other) } }));
      continue;
    }
    seen.set(key, r + 1);
    if (v.target != null) {
      const scope = `${v.area}|${v.indicator}`;
      const earlier = targets.get(scope);
      if (earlier && earlier.value !== v.target) {
        problems.push(
          problem('import/target_conflict', {
            row: r + 1,
            col: (cols.target ?? 0) + 1,
            value: v.target,
            params: { other: String(earlier.row), otherValue: String(earlier.value) },
          }),
        );
        continue;
      }
      targets.set(scope, { value: v.target, row: r + 1 });
    }
    v.row = r + 1;
    values.push(v);
  }
  return {
    layout: 'long',
    rowsRead: filledRows(rows),
    ...preamble(rows, header.row),
    values,
    staff: [],
    newAreas: [],
    socialWorkers: null,
    problems,
  };
}
