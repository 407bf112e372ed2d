/**
 * The official wide layout of an 指标完成情况统计表: 服务片区 rows (片区1（下渡、江景等社区）… 合计)
 * under a row of indicator groups (电访, 专业个案 …) over a row of triples (协议量, 完成量, 百分比),
 * a group spanning one to three triples; then key–value blocks (协议内容 … 指标要求 … 完成量 …
 * 百分比), one or two per row or stacked in rows. Figures are year totals of the contract.
 */
import { parseNumber, parseRate } from './numbers.ts';
import {
  annexNumber,
  filledRows,
  matchArea,
  preamble,
  type ImportContext,
  type ImportedValue,
  type ImportPlan,
  type NewArea,
} from './plan.ts';
import { problem, type ImportProblem } from './problems.ts';
import { label, type Cell } from './sheet.ts';

/**
 * The indicator groups of the table in their printed order, by the name the header prints, and
 * the indicators of their triples (专业小组: groups, sessions, attendances).
 */
export const tableGroups: ReadonlyArray<{ name: string; codes: readonly string[] }> = [
  { name: '困难群众和特殊群体建档', codes: ['vulnerable_registry'] },
  { name: '电访', codes: ['phone_visits'] },
  { name: '入户探访', codes: ['home_visits'] },
  { name: '咨询个案', codes: ['consult_cases'] },
  { name: '专业个案', codes: ['casework_cases', 'casework_sessions'] },
  { name: '专业小组', codes: ['groups', 'group_sessions', 'group_attendance'] },
  { name: '大型社区活动', codes: ['large_events', 'large_event_attendance'] },
  { name: '中小型社区活动', codes: ['small_events', 'small_event_attendance'] },
];

/** Names the key–value blocks print, beside the catalogue's own. */
const keyValueNames: Record<string, string[]> = {
  '专业个案(结案)': ['casework_closed'],
  新增志愿者队伍: ['volunteer_teams'],
  新增志愿队伍: ['volunteer_teams'],
};

const groupIndicators: Record<string, readonly string[]> = {
  ...Object.fromEntries(tableGroups.map((g) => [g.name, g.codes])),
  ...keyValueNames,
};

/** A group or key–value name → its indicator codes: the names above, else a catalogue name. */
export function indicatorsOfGroup(name: Cell, ctx: ImportContext): string[] | null {
  const text = label(name);
  const bare = text.replace(/\(.*?\)/g, '');
  for (const key of [text, bare]) {
    const known = groupIndicators[key];
    if (known) return known.filter((code) => ctx.indicators.some((i) => i.code === code));
    const own = ctx.indicators.find((i) => label(i.nameZh) === key || i.code === key);
    if (own) return [own.code];
  }
  return null;
}

type Slot = 'target' | 'actual' | 'rate';

function slotOf(cell: Cell): Slot | null {
  const text = label(cell);
  if (/^(协议|目标|指标要求)/.test(text)) return 'target';
  if (/^完成(量|数)?$/.test(text)) return 'actual';
  if (/^(百分比|完成率|完成比例)/.test(text)) return 'rate';
  return null;
}

const isAreaHeader = (cell: Cell) => /^(服务)?片区$/.test(label(cell));
const isKeyValueStart = (cell: Cell) => label(cell) === '协议内容';

/** Where the table's header is: the row naming 服务片区 and the row of triples under it. */
export function findWideHeader(rows: readonly Cell[][]): { row: number; col: number } | null {
  for (let r = 0; r < Math.min(rows.length - 1, 30); r++) {
    const col = rows[r]?.findIndex(isAreaHeader) ?? -1;
    if (col >= 0 && (rows[r + 1] ?? []).some((c) => slotOf(c) === 'actual')) return { row: r, col };
  }
  return null;
}

interface Triple {
  indicator: string;
  cols: Partial<Record<Slot, number>>;
}

/** The header's columns as triples of indicators, with problems for what does not match. */
function tripleColumns(rows: readonly Cell[][], header: { row: number; col: number }, ctx: ImportContext) {
  const top = rows[header.row] ?? [];
  const sub = rows[header.row + 1] ?? [];
  const problems: ImportProblem[] = [];
  const triples: Triple[] = [];
  let workersCol: number | null = null;
  let group: {
    name: Cell;
    col: number;
    codes: string[] | null;
    index: number;
    current: Triple | null;
  } | null = null;
  const width = Math.max(top.length, sub.length);
  for (let c = header.col + 1; c < width; c++) {
    if (/投入社工/.test(label(top[c]))) {
      workersCol = c;
      group = null;
      continue;
    }
    if (top[c] != null) {
      const codes = indicatorsOfGroup(top[c] ?? null, ctx);
      if (!codes)
        problems.push(
          problem('import/unknown_indicator', { row: header.row + 1, col: c + 1, value: top[c] }, 'warning'),
        );
      group = { name: top[c] ?? null, col: c, codes, index: -1, current: null };
    }
    if (!group?.codes || sub[c] == null) continue;
    const slot = slotOf(sub[c] ?? null);
    const current = group.current;
    const full = current && (slot ? current.cols[slot] !== undefined : Object.keys(current.cols).length >= 3);
    if (!current || slot === 'target' || full) {
      group.index += 1;
      const code = group.codes[group.index];
      if (!code) {
        problems.push(
          problem('import/unknown_indicator', { row: header.row + 2, col: c + 1, value: sub[c] }, 'warning'),
        );
        group.current = null;
        group.codes = null;
        continue;
      }
      group.current = { indicator: code, cols: {} };
      triples.push(group.current);
      const mismatch = subheaderMismatch(sub[c] ?? null, code, ctx);
      if (mismatch)
        problems.push(
          problem(
            'import/subheader_mismatch',
            { row: header.row + 2, col: c + 1, value: sub[c], params: { expected: mismatch } },
            'warning',
          ),
        );
    }
    const t = group.current;
    if (!t) continue;
    const free = (['target', 'actual', 'rate'] as const).find((s) => t.cols[s] === undefined);
    const at = slot && t.cols[slot] === undefined ? slot : free;
    if (at) t.cols[at] = c;
  }
  return { triples, workersCol, problems };
}

/** A target sub-header naming another unit than its indicator's (协议个数 over sessions …). */
function subheaderMismatch(cell: Cell, code: string, ctx: ImportContext): string | null {
  const text = label(cell);
  const indicator = ctx.indicators.find((i) => i.code === code);
  if (!indicator) return null;
  const says = text.includes('节')
    ? '节'
    : text.includes('人次')
      ? '人次'
      : /个数|次数/.test(text)
        ? '个'
        : null;
  if (says == null) return null;
  const unit = indicator.unit === '次' ? '个' : indicator.unit;
  const fits = says === unit || (says === '个' && !['节', '人次'].includes(unit));
  return fits ? null : `${indicator.nameZh}（${indicator.unit}）`;
}

type Cells = Partial<Record<Slot, { r: number; c: number }>>;

/** Reads the figures of one triple (cells anywhere in the grid), with problems for cells that are not numbers. */
function readTriple(
  rows: readonly Cell[][],
  at: Cells,
  problems: ImportProblem[],
): Pick<ImportedValue, 'target' | 'actual' | 'statedRate' | 'statedRateText'> | null {
  const number = (slot: 'target' | 'actual') => {
    const pos = at[slot];
    if (!pos) return null;
    const cell = rows[pos.r]?.[pos.c] ?? null;
    const parsed = parseNumber(cell);
    const where = { row: pos.r + 1, col: pos.c + 1, value: cell };
    if (!parsed.ok) problems.push(problem('import/not_a_number', where));
    else if (parsed.value != null && parsed.value < 0) problems.push(problem('import/negative', where));
    return parsed.ok ? parsed.value : null;
  };
  const target = number('target');
  const actual = number('actual');
  let rate: { rate: number; text: string } | null = null;
  if (at.rate) {
    const cell = rows[at.rate.r]?.[at.rate.c] ?? null;
    const parsed = parseRate(cell);
    if (parsed.ok) rate = parsed.value;
    else problems.push(problem('import/bad_rate', { row: at.rate.r + 1, col: at.rate.c + 1, value: cell }));
  }
  if (target == null && actual == null) return null;
  return { target, actual, statedRate: rate?.rate ?? null, statedRateText: rate?.text ?? null };
}

const inRow = (r: number, cols: Partial<Record<Slot, number>>): Cells =>
  Object.fromEntries(Object.entries(cols).map(([slot, c]) => [slot, { r, c }]));

/** The key–value blocks below the table: 协议内容 name, 指标要求 target, 完成量 actual, 百分比 rate. */
function keyValueBlocks(
  rows: readonly Cell[][],
  from: number,
  ctx: ImportContext,
  problems: ImportProblem[],
) {
  const values: ImportedValue[] = [];
  const add = (name: Cell, r: number, c: number, at: Cells) => {
    const codes = indicatorsOfGroup(name, ctx);
    if (!codes?.[0]) {
      problems.push(problem('import/unknown_indicator', { row: r + 1, col: c + 1, value: name }, 'warning'));
      return;
    }
    const figures = readTriple(rows, at, problems);
    if (figures) values.push({ indicator: codes[0], area: null, period: null, row: r + 1, ...figures });
  };
  for (let r = from; r < rows.length; r++) {
    const row = rows[r] ?? [];
    row.forEach((cell, c) => {
      if (!isKeyValueStart(cell)) return;
      if (slotOf(row[c + 2] ?? null) === 'target') {
        // Side by side: 协议内容 | name | 指标要求 | n | 完成量 | n | 百分比 | r
        const cols: Partial<Record<Slot, number>> = {};
        for (let k = c + 2; k < row.length && !isKeyValueStart(row[k] ?? null); k += 2) {
          const slot = slotOf(row[k] ?? null);
          if (slot) cols[slot] = k + 1;
        }
        add(row[c + 1] ?? null, r, c + 1, inRow(r, cols));
        return;
      }
      // Stacked: 协议内容 over 指标要求 over 完成量 over 百分比, one indicator per column.
      const below = [1, 2, 3].flatMap((d) => {
        const slot = slotOf(rows[r + d]?.[c] ?? null);
        return slot ? [{ slot, r: r + d }] : [];
      });
      if (below[0]?.slot !== 'target') return;
      for (let k = c + 1; k < row.length && row[k] != null && !isKeyValueStart(row[k] ?? null); k++) {
        add(row[k] ?? null, r, k, Object.fromEntries(below.map((b) => [b.slot, { r: b.r, c: k }])));
      }
    });
  }
  return values;
}

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function readWide(rows: readonly Cell[][], ctx: ImportContext): ImportPlan {
  const header = findWideHeader(rows);
  if (!header) throw new Error('findWideHeader must be checked first');
  const { triples, workersCol, problems } = tripleColumns(rows, header, ctx);
  const kvStart = rows.findIndex((row) => row.some(isKeyValueStart));
  const tableEnd = kvStart >= 0 ? kvStart : rows.length;
  const newAreas: NewArea[] = [];
  const areas = [...ctx.areas];
  const values: ImportedValue[] = [];
  const seen = new Map<string, number>();
  const workers = new Map<string | null, number>();
  for (let r = header.row + 2; r < tableEnd; r++) {
    const row = rows[r] ?? [];
    const areaCell = row[header.col] ?? null;
    const numbers = triples.some((t) => Object.values(t.cols).some((c) => row[c] != null));
    if (!numbers) continue;
    if (/^(注|说明|备注)/.test(label(areaCell))) continue;
    let area = matchArea(areaCell, areas);
    if (area === undefined && ctx.areas.length === 0 && label(areaCell) !== '') {
      // The label without its communities and spaces: 片区 2（毛纺…） → 片区2.
      const head = String(areaCell)
        .replace(/[（(].*$/s, '')
        .replace(/\s+/g, '');
      const code = letters[(annexNumber(head) ?? newAreas.length + 1) - 1] ?? `X${r}`;
      const parsedWorkers = workersCol == null ? null : parseNumber(row[workersCol] ?? null);
      const fresh: NewArea = {
        code,
        label: head,
        printedLabel: String(areaCell).trim(),
        socialWorkers: parsedWorkers?.ok ? parsedWorkers.value : null,
      };
      newAreas.push(fresh);
      areas.push({ code, label: fresh.label, printedLabel: fresh.printedLabel });
      area = code;
    }
    if (area === undefined) {
      problems.push(
        problem('import/unknown_area', { row: r + 1, col: header.col + 1, value: areaCell ?? '' }),
      );
      continue;
    }
    const previous = seen.get(area ?? '');
    if (previous !== undefined) {
      problems.push(problem('import/duplicate', { row: r + 1, params: { other: String(previous) } }));
      continue;
    }
    seen.set(area ?? '', r + 1);
    const counted = workersCol == null ? null : parseNumber(row[workersCol] ?? null);
    if (counted?.ok && counted.value != null) workers.set(area, counted.value);
    for (const t of triples) {
      const figures = readTriple(rows, inRow(r, t.cols), problems);
      if (figures) values.push({ indicator: t.indicator, area, period: null, row: r + 1, ...figures });
    }
  }
  if (kvStart >= 0) values.push(...keyValueBlocks(rows, kvStart, ctx, problems));
  return {
    layout: 'wide',
    rowsRead: filledRows(rows),
    ...preamble(rows, header.row),
    values,
    staff: [],
    newAreas,
    socialWorkers: workers.get(null) ?? ([...workers.values()].reduce((a, b) => a + b, 0) || null),
    problems,
  };
}
