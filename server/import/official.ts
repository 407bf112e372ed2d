/**
 * The official 指标完成情况统计表 family, as stations print it. Blocks are recognised by what they
 * are, not where they sit: a header row naming 服务片区 over a row of sub-headers (协议量 / 完成量 /
 * 百分比 and their variants) starts a block, stacked under another or side by side; the block's
 * rows run to the next header. A group header (电访, 专业小组 …) spans one to three triples; where a
 * file lost the spans (text pasted from a PDF) the triples are shared out by what their
 * sub-headers say. Below, the 协议内容 block pairs an indicator with its 指标要求, 完成量 and
 * 百分比, one or two per row, or stacked in columns. Every cell read or recognised is marked in
 * the ledger; `index.ts` names the rest. Figures are year totals of the contract.
 */
import type { CellLedger } from './ledger.ts';
import { parseNumber, parseRate } from './numbers.ts';
import {
  annexNumber,
  areaMatcher,
  filledRows,
  preamble,
  type ImportContext,
  type ImportedValue,
  type LayoutPlan,
  type NewArea,
} from './plan.ts';
import { problem, type ImportProblem } from './problems.ts';
import { isFigureLike, label, type Cell } from './sheet.ts';

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

/** Names the 协议内容 blocks print, beside the catalogue's own. */
const keyValueNames: Record<string, string[]> = {
  '专业个案(结案)': ['casework_closed'],
  新增志愿者队伍: ['volunteer_teams'],
  新增志愿队伍: ['volunteer_teams'],
};

const groupIndicators: Record<string, readonly string[]> = {
  ...Object.fromEntries(tableGroups.map((g) => [g.name, g.codes])),
  ...keyValueNames,
};

/** A group or 协议内容 name → its indicator codes: the names above, else a catalogue name. */
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

/** 协议量 / 协议个数 / 指标要求 …, 完成量 / 完成数 / 实际完成, 百分比 / 完成率. */
export function slotOf(cell: Cell): Slot | null {
  const text = label(cell);
  if (text === '协议内容') return null;
  if (/^(协议|目标|指标要求|计划)/.test(text)) return 'target';
  if (/^(实际)?完成(量|数|次数|人次|个数|节数)?$|^实际$/.test(text)) return 'actual';
  if (/^(百分比|完成率|完成比例|完成百分比)/.test(text)) return 'rate';
  return null;
}

const isAreaHeader = (cell: Cell) => /^(服务)?片区(名称)?$/.test(label(cell));
const isKeyValueStart = (cell: Cell) => label(cell) === '协议内容';
const isWorkers = (cell: Cell) => /投入社工/.test(label(cell));
const isNoteLabel = (cell: Cell) => /^(注|说明|备注)/.test(label(cell));

interface BlockHeader {
  row: number;
  col: number;
  /** First column after the block (exclusive). */
  end: number;
}

/** Every block header of the grid: a 服务片区 cell over a row of sub-headers with a 完成量. */
export function findBlockHeaders(rows: readonly Cell[][], limit = rows.length): BlockHeader[] {
  const headers: BlockHeader[] = [];
  for (let r = 0; r < Math.min(rows.length - 1, limit); r++) {
    const row = rows[r] ?? [];
    const sub = rows[r + 1] ?? [];
    const cols = row.flatMap((cell, c) => (isAreaHeader(cell) ? [c] : []));
    cols.forEach((col, i) => {
      const end = cols[i + 1] ?? Math.max(row.length, sub.length);
      if (sub.slice(col, end).some((c) => slotOf(c) === 'actual')) headers.push({ row: r, col, end });
    });
  }
  return headers;
}

/** An official table: a block header or a 协议内容 block near the top. */
export function isOfficialTable(rows: readonly Cell[][]): boolean {
  if (findBlockHeaders(rows, 30).length > 0) return true;
  return rows.slice(0, 30).some((row) => row.some(isKeyValueStart));
}

interface Triple {
  cols: Partial<Record<Slot, number>>;
  /** The first sub-header of the triple (what its target column says it counts). */
  subLabel: Cell;
  subCol: number;
  indicator: string | null;
}

/** The sub-header row as triples: a target word starts one, as does a slot the current one has. */
function triplesOf(sub: readonly Cell[], from: number, to: number): Triple[] {
  const triples: Triple[] = [];
  let current: Triple | null = null;
  for (let c = from; c < to; c++) {
    const slot = slotOf(sub[c] ?? null);
    if (!slot) continue;
    if (!current || slot === 'target' || current.cols[slot] !== undefined) {
      current = { cols: {}, subLabel: sub[c] ?? null, subCol: c, indicator: null };
      triples.push(current);
    }
    current.cols[slot] = c;
  }
  return triples;
}

interface Group {
  name: Cell;
  col: number;
  codes: string[] | null;
}

type Kind = 'sessions' | 'attendance' | 'count' | 'money';

/** What a target sub-header says its column counts: 协议节数 sessions, 协议人次 attendances … */
function saysKind(cell: Cell): Kind | null {
  const text = label(cell);
  if (text.includes('节')) return 'sessions';
  if (text.includes('人次')) return 'attendance';
  if (/个数|次数|结案|个案|户数|人数/.test(text)) return 'count';
  if (/金额|元/.test(text)) return 'money';
  return null;
}

const kindOfUnit = (unit: string): Kind =>
  unit === '节' ? 'sessions' : unit === '人次' ? 'attendance' : unit === '元' ? 'money' : 'count';

/**
 * How many triples each group takes: by the columns the group headers stand over when those
 * make sense (each group over one to as many triples as it has indicators); else, for a file
 * that lost the spans, the split whose sub-headers agree best with their indicators' units
 * (ties: the earlier groups take more).
 */
function shareTriples(groups: readonly Group[], triples: readonly Triple[], ctx: ImportContext): number[] {
  const unitOf = (code: string) => ctx.indicators.find((i) => i.code === code)?.unit ?? '';
  /** Sub-headers that say the kind of their indicator, when the groups take `counts` triples each. */
  const agreement = (counts: readonly number[]) => {
    let score = 0;
    let ti = 0;
    counts.forEach((k, gi) => {
      for (let j = 0; j < k; j++, ti++) {
        const says = saysKind(triples[ti]?.subLabel ?? null);
        const code = groups[gi]?.codes?.[j];
        if (says && code && says === kindOfUnit(unitOf(code))) score += 1;
      }
    });
    return score;
  };
  const positional = groups.map((g, i) => {
    const next = groups[i + 1]?.col ?? Infinity;
    return triples.filter((t) => t.subCol >= g.col && t.subCol < next).length;
  });
  const before = triples.filter((t) => t.subCol < (groups[0]?.col ?? 0)).length;
  const fits = before === 0 && positional.every((n, i) => n >= 1 && n <= (groups[i]?.codes?.length ?? 3));
  if (groups.some((g) => !g.codes)) return positional;
  let best: { score: number; counts: number[] } | null = null;
  const search = (gi: number, ti: number, counts: number[]) => {
    if (gi === groups.length) {
      const score = ti === triples.length ? agreement(counts) : -1;
      if (score >= 0 && (!best || score > best.score)) best = { score, counts: [...counts] };
      return;
    }
    const codes = groups[gi]?.codes ?? [];
    // The larger share first, so that a tie keeps the earlier groups fuller.
    for (let k = Math.min(codes.length, triples.length - ti); k >= 1; k--)
      search(gi + 1, ti + k, [...counts, k]);
  };
  search(0, 0, []);
  const found = best as { score: number; counts: number[] } | null;
  if (fits && (!found || agreement(positional) >= found.score)) return positional;
  return found?.counts ?? positional;
}

/** A target sub-header naming another kind of count than its indicator's (协议节数 over cases …). */
function subheaderMismatch(cell: Cell, code: string, ctx: ImportContext): { zh: string; en: string } | null {
  const indicator = ctx.indicators.find((i) => i.code === code);
  const says = saysKind(cell);
  if (!indicator || says == null || says === kindOfUnit(indicator.unit)) return null;
  return { zh: `${indicator.nameZh}（${indicator.unit}）`, en: indicator.nameEn };
}

interface Block extends BlockHeader {
  triples: Triple[];
  workersCol: number | null;
  /** 备注 / 说明 columns: their cells are notes. */
  noteCols: number[];
  /** Rows of figures: from under the sub-headers to the next header (exclusive). */
  firstRow: number;
  endRow: number;
}

/** A block's header: its groups, triples and workers column, marked in the ledger. */
function readHeader(
  rows: readonly Cell[][],
  header: BlockHeader,
  ctx: ImportContext,
  ledger: CellLedger,
  problems: ImportProblem[],
): Omit<Block, 'firstRow' | 'endRow'> {
  const top = rows[header.row] ?? [];
  const sub = rows[header.row + 1] ?? [];
  ledger.mark(header.row, header.col, 'header');
  let workersCol: number | null = null;
  const noteCols: number[] = [];
  const groups: Group[] = [];
  for (let c = header.col + 1; c < header.end; c++) {
    const cell = top[c] ?? null;
    if (cell == null) continue;
    if (isWorkers(cell)) {
      workersCol = c;
      ledger.mark(header.row, c, 'header');
      continue;
    }
    if (isNoteLabel(cell)) {
      noteCols.push(c);
      ledger.mark(header.row, c, 'header');
      continue;
    }
    const codes = indicatorsOfGroup(cell, ctx);
    if (codes) ledger.mark(header.row, c, 'header');
    else
      problems.push(
        problem('import/unknown_indicator', { row: header.row + 1, col: c + 1, value: cell }, 'warning'),
      );
    groups.push({ name: cell, col: c, codes });
  }
  const triples = triplesOf(sub, header.col + 1, header.end);
  for (const t of triples) for (const c of Object.values(t.cols)) ledger.mark(header.row + 1, c, 'header');
  const counts = shareTriples(groups, triples, ctx);
  let next = 0;
  groups.forEach((g, i) => {
    const share = triples.slice(next, next + (counts[i] ?? 0));
    next += share.length;
    share.forEach((t, j) => (t.indicator = g.codes?.[j] ?? null));
  });
  for (const t of triples) {
    if (t.indicator == null) {
      if (groups.every((g) => g.codes))
        problems.push(
          problem(
            'import/unknown_indicator',
            { row: header.row + 2, col: t.subCol + 1, value: t.subLabel },
            'warning',
          ),
        );
      continue;
    }
    const expected = subheaderMismatch(t.subLabel, t.indicator, ctx);
    if (expected)
      problems.push(
        problem(
          'import/subheader_mismatch',
          {
            row: header.row + 2,
            col: t.subCol + 1,
            value: t.subLabel,
            params: { expected: expected.zh },
            paramsEn: { expected: expected.en },
          },
          'warning',
        ),
      );
  }
  return { ...header, triples, workersCol, noteCols };
}

type At = Partial<Record<Slot, { r: number; c: number }>>;

/** The figures of one triple, marked as read; cells that are not numbers become problems. */
function readTriple(
  rows: readonly Cell[][],
  at: At,
  ledger: CellLedger,
  problems: ImportProblem[],
): Pick<ImportedValue, 'target' | 'actual' | 'statedRate' | 'statedRateText'> | null {
  const number = (slot: 'target' | 'actual') => {
    const pos = at[slot];
    if (!pos) return null;
    const cell = rows[pos.r]?.[pos.c] ?? null;
    if (cell == null) return null;
    const parsed = parseNumber(cell);
    const where = { row: pos.r + 1, col: pos.c + 1, value: cell };
    if (!parsed.ok) problems.push(problem('import/not_a_number', where));
    else if (parsed.value != null && parsed.value < 0) problems.push(problem('import/negative', where));
    else ledger.mark(pos.r, pos.c, 'value');
    return parsed.ok ? parsed.value : null;
  };
  const target = number('target');
  const actual = number('actual');
  let rate: { rate: number; text: string } | null = null;
  const pos = at.rate;
  const cell = pos ? (rows[pos.r]?.[pos.c] ?? null) : null;
  if (pos && cell != null) {
    const parsed = parseRate(cell);
    if (parsed.ok) {
      rate = parsed.value && bareRate(parsed.value, cell, target, actual);
      ledger.mark(pos.r, pos.c, 'rate');
    } else problems.push(problem('import/bad_rate', { row: pos.r + 1, col: pos.c + 1, value: cell }));
  }
  if (target == null && actual == null) return null;
  return { target, actual, statedRate: rate?.rate ?? null, statedRateText: rate?.text ?? null };
}

/**
 * A rate printed without % (3.52, 2.5) is a fraction or percent points: whichever its own
 * numbers bear out, when they are there (352 of 100 is 3.52; 2.5 of 100 is 2.5%); else the
 * reading `parseRate` gives (a fraction up to 3).
 */
function bareRate(
  read: { rate: number; text: string },
  cell: Cell,
  target: number | null,
  actual: number | null,
): { rate: number; text: string } {
  if (/%|％/.test(String(cell)) || target == null || actual == null || target === 0) return read;
  const printed = typeof cell === 'number' ? cell : Number(String(cell).replace(/,/g, ''));
  const ratio = actual / target;
  const asFraction = Math.abs(printed - ratio);
  const asPoints = Math.abs(printed / 100 - ratio);
  return { rate: asPoints < asFraction ? printed / 100 : printed, text: read.text };
}

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The label without its communities and spaces: 片区 2（毛纺…） → 片区2. */
const areaHead = (cell: Cell) =>
  String(cell)
    .replace(/[（(].*$/s, '')
    .replace(/\s+/g, '');

const hasFigures = (row: readonly Cell[], block: Block) =>
  block.triples.some((t) => Object.values(t.cols).some((c) => row[c] != null)) ||
  (block.workersCol != null && row[block.workersCol] != null);

/** The areas a first import creates: every area row of every block, in their order. */
function newAreasOf(rows: readonly Cell[][], blocks: readonly Block[], ctx: ImportContext): NewArea[] {
  const fresh: NewArea[] = [];
  const known = areaMatcher([]);
  for (const block of blocks)
    for (let r = block.firstRow; r < block.endRow; r++) {
      const row = rows[r] ?? [];
      const cell = row[block.col] ?? null;
      if (cell == null || isNoteLabel(cell) || !hasFigures(row, block) || known(cell) === null) continue;
      const head = areaHead(cell);
      if (head === '' || fresh.some((a) => a.label === head)) continue;
      const code = letters[(annexNumber(head) ?? fresh.length + 1) - 1] ?? `X${r + 1}`;
      const workers = block.workersCol == null ? null : parseNumber(row[block.workersCol] ?? null);
      fresh.push({
        code,
        label: head,
        printedLabel: String(cell).trim(),
        socialWorkers: workers?.ok ? workers.value : null,
      });
    }
  return ctx.areas.length === 0 ? fresh : [];
}

export function readOfficial(rows: readonly Cell[][], ctx: ImportContext, ledger: CellLedger): LayoutPlan {
  const problems: ImportProblem[] = [];
  const headers = findBlockHeaders(rows);
  const kvRows = rows.flatMap((row, r) => (row.some(isKeyValueStart) ? [r] : []));
  const blocks: Block[] = headers.map((h) => {
    const next = [
      ...headers.filter((o) => o.row > h.row && o.col < h.end && o.end > h.col).map((o) => o.row),
      ...kvRows.filter((r) => r > h.row + 1),
      rows.length,
    ];
    return {
      ...readHeader(rows, h, ctx, ledger, problems),
      firstRow: h.row + 2,
      endRow: Math.min(...next),
    };
  });
  const newAreas = newAreasOf(rows, blocks, ctx);
  const areaOf = areaMatcher([...ctx.areas, ...newAreas.map((a) => ({ ...a }))]);
  const values: ImportedValue[] = [];
  const seen = new Map<string, number>();
  const workers = new Map<string | null, { value: number; row: number }>();
  const add = (v: ImportedValue, col: number) => {
    const key = `${v.area}|${v.indicator}`;
    const other = seen.get(key);
    if (other !== undefined) {
      problems.push(
        problem('import/duplicate', { row: v.row, col: col + 1, params: { other: String(other) } }),
      );
      return;
    }
    seen.set(key, v.row);
    values.push(v);
  };
  for (const block of blocks) {
    for (let r = block.firstRow; r < block.endRow; r++) {
      const row = rows[r] ?? [];
      const areaCell = row[block.col] ?? null;
      if (isNoteLabel(areaCell)) {
        ledger.markRow(row, r, 'note', block.col, block.end);
        continue;
      }
      if (!hasFigures(row, block)) continue;
      const area = areaOf(areaCell ?? '');
      if (area === undefined) {
        problems.push(
          problem('import/unknown_area', { row: r + 1, col: block.col + 1, value: areaCell ?? '' }),
        );
        continue;
      }
      ledger.mark(r, block.col, 'label');
      for (const c of block.noteCols) if (row[c] != null) ledger.mark(r, c, 'note');
      if (block.workersCol != null) readWorkers(row, r, block.workersCol, area, workers, ledger, problems);
      for (const t of block.triples) {
        if (t.indicator == null) continue;
        const at = Object.fromEntries(Object.entries(t.cols).map(([slot, c]) => [slot, { r, c }])) as At;
        const figures = readTriple(rows, at, ledger, problems);
        const col = t.cols.target ?? t.cols.actual ?? block.col;
        if (figures) add({ indicator: t.indicator, area, period: null, row: r + 1, ...figures }, col);
      }
    }
  }
  for (const kv of readKeyValues(rows, kvRows, ctx, ledger, problems)) add(kv, 0);
  const firstHeader = Math.min(headers[0]?.row ?? rows.length, kvRows[0] ?? rows.length);
  const head = preamble(rows, firstHeader);
  for (let r = 0; r < firstHeader; r++)
    (rows[r] ?? []).forEach((cell, c) => {
      if (cell != null && !isFigureLike(cell)) ledger.mark(r, c, 'label');
    });
  const counted = [...workers.values()].map((w) => w.value);
  return {
    layout: 'wide',
    rowsRead: filledRows(rows),
    ...head,
    values,
    staff: [],
    newAreas,
    socialWorkers: workers.get(null)?.value ?? (counted.reduce((a, b) => a + b, 0) || null),
    problems,
  };
}

/** 投入社工人数 of an area row; a second block that counts otherwise is named. */
function readWorkers(
  row: readonly Cell[],
  r: number,
  col: number,
  area: string | null,
  workers: Map<string | null, { value: number; row: number }>,
  ledger: CellLedger,
  problems: ImportProblem[],
) {
  const cell = row[col] ?? null;
  if (cell == null) return;
  const parsed = parseNumber(cell);
  if (!parsed.ok || parsed.value == null) {
    if (!parsed.ok) problems.push(problem('import/not_a_number', { row: r + 1, col: col + 1, value: cell }));
    return;
  }
  const earlier = workers.get(area);
  if (!earlier || earlier.value === parsed.value) ledger.mark(r, col, 'value');
  if (!earlier) workers.set(area, { value: parsed.value, row: r + 1 });
  else if (earlier.value !== parsed.value)
    problems.push(
      problem(
        'import/workers_disagree',
        {
          row: r + 1,
          col: col + 1,
          value: cell,
          params: { other: String(earlier.row), otherValue: String(earlier.value) },
        },
        'warning',
      ),
    );
}

interface KeyValueItem {
  name: Cell;
  r: number;
  c: number;
  cells: number[];
  /** The slot words of the item's segment of the header row, in order, with their columns. */
  slots: ReadonlyArray<{ slot: Slot; col: number }>;
}

/**
 * The 协议内容 blocks: 协议内容 | name | 指标要求 | n | 完成量 | n | 百分比 | r in one row; 协议内容
 * over 指标要求 over 完成量 over 百分比 in one column per indicator; or a header row (协议内容 …
 * 指标要求 完成量 百分比, once or twice across) over rows of a name followed by its figures.
 */
function readKeyValues(
  rows: readonly Cell[][],
  kvRows: readonly number[],
  ctx: ImportContext,
  ledger: CellLedger,
  problems: ImportProblem[],
): ImportedValue[] {
  const values: ImportedValue[] = [];
  const item = (name: Cell, r: number, c: number, at: At) => {
    const codes = indicatorsOfGroup(name, ctx);
    if (!codes?.[0]) {
      problems.push(problem('import/unknown_indicator', { row: r + 1, col: c + 1, value: name }, 'warning'));
      return;
    }
    ledger.mark(r, c, 'label');
    const figures = readTriple(rows, at, ledger, problems);
    if (figures) values.push({ indicator: codes[0], area: null, period: null, row: r + 1, ...figures });
  };
  const done = new Set<number>();
  for (const r of kvRows) {
    if (done.has(r)) continue;
    const row = rows[r] ?? [];
    const starts = row.flatMap((cell, c) => (isKeyValueStart(cell) ? [c] : []));
    const inline = starts.filter((c) => row[c + 1] != null && slotOf(row[c + 2] ?? null) != null);
    const stacked = starts.filter((c) => slotOf(rows[r + 1]?.[c] ?? null) === 'target');
    for (const c of inline) {
      ledger.mark(r, c, 'header');
      const at: At = {};
      for (let k = c + 2; k < row.length && !isKeyValueStart(row[k] ?? null); k += 2) {
        const slot = slotOf(row[k] ?? null);
        if (!slot) break;
        ledger.mark(r, k, 'header');
        at[slot] = { r, c: k + 1 };
      }
      item(row[c + 1] ?? null, r, c + 1, at);
    }
    for (const c of stacked) {
      ledger.mark(r, c, 'header');
      const below = [1, 2, 3].flatMap((d) => {
        const slot = slotOf(rows[r + d]?.[c] ?? null);
        if (slot) ledger.mark(r + d, c, 'header');
        return slot ? [{ slot, r: r + d }] : [];
      });
      for (let k = c + 1; k < row.length && row[k] != null && !isKeyValueStart(row[k] ?? null); k++)
        item(row[k] ?? null, r, k, Object.fromEntries(below.map((b) => [b.slot, { r: b.r, c: k }])));
    }
    if (inline.length > 0 || stacked.length > 0) continue;
    for (const d of readHeaderRowItems(rows, r, starts, ledger)) {
      done.add(d.r);
      const at: At = {};
      // Under the header's own columns, each figure is the slot it stands under (a blank 指标要求
      // stays blank); where the text shifted them (the source's second pair), figures go in order.
      const under = new Map(d.slots.map((s) => [s.col, s.slot]));
      if (d.cells.every((c) => under.has(c)))
        for (const c of d.cells) at[under.get(c) as Slot] = { r: d.r, c };
      else {
        const free = d.slots.filter((s) => s.slot !== 'rate').map((s) => s.slot);
        for (const c of d.cells) {
          const cell = rows[d.r]?.[c] ?? null;
          const slot: Slot | undefined = /%|％/.test(String(cell)) ? 'rate' : free.shift();
          if (slot && !at[slot]) at[slot] = { r: d.r, c };
        }
      }
      item(d.name, d.r, d.c, at);
    }
  }
  return values;
}

/**
 * A 协议内容 header row over rows of items: each 协议内容 starts a segment whose slot words give
 * the order of its figures; in the rows below, a name starts an item and the figures after it
 * are its own, whatever column they landed in. The rows end at a blank row.
 */
function readHeaderRowItems(
  rows: readonly Cell[][],
  r: number,
  starts: readonly number[],
  ledger: CellLedger,
): KeyValueItem[] {
  const header = rows[r] ?? [];
  const segments = starts.map((start, i) => {
    const end = starts[i + 1] ?? header.length;
    const slots: Array<{ slot: Slot; col: number }> = [];
    for (let c = start; c < end; c++) {
      const slot = slotOf(header[c] ?? null);
      if (slot) slots.push({ slot, col: c });
    }
    const plain: Array<{ slot: Slot; col: number }> = [
      { slot: 'target', col: -1 },
      { slot: 'actual', col: -1 },
      { slot: 'rate', col: -1 },
    ];
    return { start, slots: slots.length > 0 ? slots : plain };
  });
  header.forEach((cell, c) => {
    if (cell != null && !isFigureLike(cell))
      ledger.mark(r, c, slotOf(cell) || isKeyValueStart(cell) ? 'header' : 'label');
  });
  const items: KeyValueItem[] = [];
  const first = starts[0] ?? 0;
  for (let d = r + 1; d < rows.length; d++) {
    const row = rows[d] ?? [];
    if (!row.some((cell) => cell != null) || row.some(isKeyValueStart)) break;
    let current: KeyValueItem | null = null;
    row.forEach((cell, c) => {
      if (cell == null) return;
      if (isFigureLike(cell)) {
        current?.cells.push(c);
        return;
      }
      if (slotOf(cell)) {
        ledger.mark(d, c, 'header');
        return;
      }
      if (c < first) {
        ledger.mark(d, c, 'label');
        return;
      }
      const segment = [...segments].reverse().find((s) => s.start <= c) ?? segments[0];
      current = { name: cell, r: d, c, cells: [], slots: segment?.slots ?? [] };
      items.push(current);
    });
  }
  return items;
}
