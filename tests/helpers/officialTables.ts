/**
 * Official tables for the import tests, made two ways and never by the exporter under test:
 * Chigang's annexes from the source's own lines (tests/fixtures/chigang), saved as the station
 * would (TSV as printed, an XLSX with merged headers and the title, a GB18030 CSV, UTF-16 text);
 * and generated variants (1–8 areas, blocks stacked or side by side, groups shuffled, notes and
 * blank rows, rates as text or as percent-formatted numbers, every encoding) for property tests.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export type Cell = string | number | null;
/** A rate written as a number formatted 0.00% (XLSX only; text files get its printed form). */
export type PercentCell = { percent: number };
export type OutCell = Cell | PercentCell;

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/chigang/${name}`, import.meta.url), 'utf8');

export const chigangSource = () => fixture('source.txt');
/** Annex 1 as printed: lines 340–359 of the source (title, three stacked blocks, footnote). */
export const annex1Tsv = () => fixture('annex1.tsv');
/** Annex 2 as printed: line 361 to the end (the table cut at its right, remarks below). */
export const annex2Tsv = () => fixture('annex2.tsv');

/** Tab-separated text → rows of cells, blank cells null, as a spreadsheet would hold them. */
export function tsvRows(text: string): Cell[][] {
  return text
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => line.split('\t').map((c) => (c.trim() === '' ? null : c)));
}

const isPercent = (c: OutCell): c is PercentCell => c != null && typeof c === 'object';
const printed = (c: OutCell): string => {
  if (c == null) return '';
  if (isPercent(c)) return `${(c.percent * 100).toFixed(2)}%`;
  return String(c);
};

export type TextOptions = {
  delimiter?: ',' | '\t' | ';';
  encoding?: 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le';
  eol?: '\r\n' | '\n';
};

/** Rows as a text table: quoted where needed (RFC 4180), in the given separator and encoding. */
export function textOf(
  rows: OutCell[][],
  { delimiter = ',', encoding = 'utf-8-bom', eol = '\r\n' }: TextOptions = {},
) {
  const quote = (c: OutCell) => {
    const s = printed(c);
    return s.includes(delimiter) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const text = rows.map((r) => r.map(quote).join(delimiter)).join(eol) + eol;
  if (encoding === 'gb18030') return iconv.encode(text, 'gb18030');
  if (encoding === 'utf-16le')
    return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return Buffer.from((encoding === 'utf-8-bom' ? '\ufeff' : '') + text, 'utf8');
}

/** Rows as an XLSX sheet with merged ranges [top, left, bottom, right] (1-based) and numeric rates. */
export async function xlsxFrom(rows: OutCell[][], merges: Array<[number, number, number, number]> = []) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('附件1');
  rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (c == null) return;
      const cell = sheet.getCell(r + 1, col + 1);
      if (isPercent(c)) {
        cell.value = c.percent;
        cell.numFmt = '0.00%';
      } else cell.value = c;
    }),
  );
  for (const [t, l, b, rr] of merges) sheet.mergeCells(t, l, b, rr);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Annex 1 as a station would keep it in Excel: the source's cells, the title merged across the
 * table, 服务片区 and 投入社工人数 merged over their two header rows, and each group header merged
 * over the triples it stands for (the text lost the spans of the second block's headers, which
 * sit packed at the left: here they stand over their own columns, as printed).
 */
export function annex1Workbook(): { rows: Cell[][]; merges: Array<[number, number, number, number]> } {
  const rows = tsvRows(annex1Tsv());
  const width = 20;
  const top1 = 2; // 0-based rows of the two blocks' group headers in annex1.tsv
  const top2 = 8;
  const merges: Array<[number, number, number, number]> = [[1, 1, 1, width]];
  for (const top of [top1, top2]) merges.push([top + 1, 1, top + 2, 1], [top + 1, 2, top + 2, 2]);
  // Block 1: its headers already stand over their first column.
  for (const [from, to] of [
    [3, 5],
    [6, 8],
    [9, 11],
    [12, 14],
    [15, 20],
  ] as const)
    merges.push([top1 + 1, from, top1 + 1, to]);
  // Block 2: 专业小组 over three triples, 大型社区活动 over two, 中小型社区活动 over one.
  const header2 = rows[top2] ?? [];
  const [groups, large, small] = [header2[2], header2[5], header2[8]];
  rows[top2] = ['服务片区', header2[1] ?? null, groups ?? null, ...Array<Cell>(8).fill(null), large ?? null];
  rows[top2]?.push(...Array<Cell>(5).fill(null), small ?? null, null, null);
  merges.push([top2 + 1, 3, top2 + 1, 11], [top2 + 1, 12, top2 + 1, 17], [top2 + 1, 18, top2 + 1, 20]);
  return { rows, merges };
}

// ——— generated variants ———

export const groupSpecs: ReadonlyArray<{ name: string; codes: string[]; says: string[] }> = [
  { name: '困难群众和特殊群体建档', codes: ['vulnerable_registry'], says: ['协议个数'] },
  { name: '电访', codes: ['phone_visits'], says: ['协议量'] },
  { name: '入户探访', codes: ['home_visits'], says: ['协议量'] },
  { name: '咨询个案', codes: ['consult_cases'], says: ['协议个数'] },
  { name: '专业个案', codes: ['casework_cases', 'casework_sessions'], says: ['协议个数', '协议节数'] },
  {
    name: '专业小组',
    codes: ['groups', 'group_sessions', 'group_attendance'],
    says: ['协议个数', '协议节数', '协议人次'],
  },
  { name: '大型社区活动', codes: ['large_events', 'large_event_attendance'], says: ['协议次数', '协议人次'] },
  {
    name: '中小型社区活动',
    codes: ['small_events', 'small_event_attendance'],
    says: ['协议次数', '协议人次'],
  },
];

export const keyValueSpecs: ReadonlyArray<{ name: string; code: string }> = [
  { name: '新增志愿者', code: 'new_volunteers' },
  { name: '新增志愿者骨干', code: 'volunteer_backbone' },
  { name: '新增志愿队伍', code: 'volunteer_teams' },
  { name: '社区调研', code: 'community_surveys' },
  { name: '协助街道介入和解决 的社区公共问题', code: 'public_issues_resolved' },
  { name: '社会资源链接', code: 'resources_linked' },
];

export interface TableSpec {
  areas: number;
  /** Group indexes into `groupSpecs` in printed order, each with how many triples it shows. */
  groups: Array<{ group: number; triples: number }>;
  /** Blocks the groups are split into (1–3), stacked or side by side. */
  blocks: number;
  sideBySide: boolean;
  /**
   * Group headers packed at the left of their block, one column apart, as text pasted from a PDF
   * leaves them (the spans lost). Only where the spans can be told from the sub-headers: every
   * group but a block's last shows all its triples.
   */
  packed: boolean;
  keyValues: number[];
  /** 协议内容 blocks two per row (the source's), or one item per row inline. */
  keyValueHeaderRow: boolean;
  subHeaders: 'plain' | 'variants';
  rates: 'text' | 'number';
  blankRows: boolean;
  /** A 备注 column at the right of each block, with a remark in its first area row. */
  remarks: boolean;
  note: boolean;
  title: boolean;
  /** Deterministic figures. */
  seed: number;
}

/** A small table: one group, one block, everything plain; override what a test needs. */
export const plainTable = (overrides: Partial<TableSpec> = {}): TableSpec => ({
  areas: 2,
  groups: [{ group: 1, triples: 1 }],
  blocks: 1,
  sideBySide: false,
  packed: false,
  keyValues: [],
  keyValueHeaderRow: false,
  subHeaders: 'plain',
  rates: 'text',
  blankRows: false,
  remarks: false,
  note: false,
  title: true,
  seed: 1,
  ...overrides,
});

/** A new station's whole table as printed: four areas, every group, two blocks, the 协议内容 block. */
export const fourAreaTable = (overrides: Partial<TableSpec> = {}): TableSpec =>
  plainTable({
    areas: 4,
    groups: [0, 1, 2, 3, 4, 5, 6, 7].map((group) => ({ group, triples: group >= 4 ? 2 : 1 })),
    blocks: 2,
    keyValues: [0, 1, 2, 3, 4, 5],
    keyValueHeaderRow: true,
    subHeaders: 'variants',
    note: true,
    ...overrides,
  });

export interface ExpectedValue {
  indicator: string;
  area: string | null;
  target: number;
  actual: number;
  rate: number;
}

const letters = 'ABCDEFGH';

/** Figures that look like a station's: targets, actuals near them, money with cents. */
function figuresFor(seed: number, code: string, area: number) {
  let x =
    (seed * 2654435761 + area * 40503 + [...code].reduce((s, ch) => s * 31 + ch.charCodeAt(0), 7)) >>> 0;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const money = code === 'resources_linked';
  const target = money ? Math.round(50_000 + next() * 500_000) : Math.round(5 + next() * 1500);
  const raw = target * (0.4 + next() * 0.8);
  const actual = money ? Math.round(raw * 100) / 100 : Math.round(raw);
  return { target, actual };
}

const rateOf = (target: number, actual: number) => Math.round((actual / target) * 10_000) / 10_000;

/** A generated official table, its merged ranges, and the values it holds (expected). */
export function officialTable(spec: TableSpec): {
  rows: OutCell[][];
  merges: Array<[number, number, number, number]>;
  expected: ExpectedValue[];
} {
  const expected: ExpectedValue[] = [];
  const rateCell = (target: number, actual: number): OutCell => {
    const rate = rateOf(target, actual);
    return spec.rates === 'number' ? { percent: rate } : `${(rate * 100).toFixed(2)}%`;
  };
  const areaLabel = (k: number) => `片区${k} （社区${k}甲、社区${k}乙等 社区）`;
  const chunks: Array<typeof spec.groups> = Array.from({ length: spec.blocks }, () => []);
  spec.groups.forEach((g, i) => chunks[Math.floor((i * spec.blocks) / spec.groups.length)]?.push(g));
  const blockGrids = chunks
    .filter((c) => c.length > 0)
    .map((given) => {
      const chunk = spec.packed
        ? given.map((g, i) => ({
            ...g,
            triples: i === given.length - 1 ? g.triples : (groupSpecs[g.group]?.codes.length ?? 1),
          }))
        : given;
      const top: OutCell[] = ['服务片区', '投入社工人数'];
      const sub: OutCell[] = [null, null];
      const merges: Array<[number, number, number, number]> = [];
      for (const { group, triples } of chunk) {
        const g = groupSpecs[group];
        if (!g) continue;
        if (!spec.packed) merges.push([0, top.length, 0, top.length + triples * 3 - 1]);
        for (let j = 0; j < triples; j++) {
          top.push(j === 0 && !spec.packed ? g.name : null, null, null);
          const says = spec.subHeaders === 'variants' ? (g.says[j] ?? '协议量') : '协议量';
          const done = spec.subHeaders === 'variants' ? ['完成量', '完成数', '实际完成'][j % 3] : '完成量';
          sub.push(says, done ?? '完成量', spec.subHeaders === 'variants' && j === 1 ? '完成率' : '百分比');
        }
      }
      if (spec.remarks) {
        top.push('备注');
        sub.push(null);
      }
      // Packed: the names one after another from the first group's column.
      if (spec.packed) chunk.forEach(({ group }, i) => (top[2 + i] = groupSpecs[group]?.name ?? null));
      const body: OutCell[][] = [];
      for (let k = 0; k <= spec.areas; k++) {
        const total = k === spec.areas;
        const area = total ? null : (letters[k] ?? null);
        const row: OutCell[] = [total ? '合计' : areaLabel(k + 1), total ? spec.areas * 3 : 3];
        for (const { group, triples } of chunk)
          for (const code of groupSpecs[group]?.codes.slice(0, triples) ?? []) {
            const { target, actual } = figuresFor(spec.seed, code, total ? 99 : k);
            row.push(target, actual, rateCell(target, actual));
            expected.push({ indicator: code, area, target, actual, rate: rateOf(target, actual) });
          }
        if (spec.remarks && k === 0) row.push('含 2 次跨片区活动');
        body.push(row);
        if (spec.blankRows && k === 0) body.push([]);
      }
      return { rows: [top, sub, ...body], merges, width: top.length };
    });
  const rows: OutCell[][] = [];
  const merges: Array<[number, number, number, number]> = [];
  if (spec.title) {
    rows.push([
      '广州市某某街“双百工程”社工站购买服务项目指标完成情况统计表（数据统计时间：2025年7月1日至2026年6月30日）',
    ]);
    if (spec.blankRows) rows.push([]);
  }
  if (spec.sideBySide) {
    // Blocks next to each other with one empty column between them, their rows aligned.
    const start = rows.length;
    let left = 0;
    for (const block of blockGrids) {
      block.rows.forEach((r, i) => {
        const row = (rows[start + i] ??= []);
        while (row.length < left) row.push(null);
        row.push(...r);
      });
      for (const [t, l, b, rr] of block.merges)
        merges.push([start + t + 1, left + l + 1, start + b + 1, left + rr + 1]);
      left += block.width + 1;
    }
  } else
    for (const block of blockGrids) {
      const start = rows.length;
      rows.push(...block.rows);
      for (const [t, l, b, rr] of block.merges) merges.push([start + t + 1, l + 1, start + b + 1, rr + 1]);
      if (spec.blankRows) rows.push([]);
    }
  const kv = spec.keyValues.flatMap((i) => {
    const item = keyValueSpecs[i];
    if (!item) return [];
    const { target, actual } = figuresFor(spec.seed, item.code, 50);
    expected.push({ indicator: item.code, area: null, target, actual, rate: rateOf(target, actual) });
    return [{ name: item.name, target, actual }];
  });
  if (kv.length > 0) {
    if (spec.keyValueHeaderRow) {
      // The source's: a header row, then two items per row, the second's 指标要求 repeated.
      rows.push([
        '总体服务 志愿者',
        '协议内容',
        null,
        null,
        '指标要求',
        '完成量',
        '百分比',
        '协议内容',
        '指标要求',
        null,
        null,
        '完成量',
        '百分比',
      ]);
      for (let i = 0; i < kv.length; i += 2) {
        const a = kv[i];
        const b = kv[i + 1];
        if (!a) continue;
        const row: OutCell[] = [null, a.name, null, null, a.target, a.actual, rateCell(a.target, a.actual)];
        if (b) row.push(b.name, '指标要求', null, null, b.target, b.actual, rateCell(b.target, b.actual));
        rows.push(row);
      }
    } else
      for (const item of kv)
        rows.push([
          '协议内容',
          item.name,
          '指标要求',
          item.target,
          '完成量',
          item.actual,
          '百分比',
          rateCell(item.target, item.actual),
        ]);
  }
  if (spec.note) {
    if (spec.blankRows) rows.push([]);
    rows.push(['注：本表数据由社工站填报，经街道办核实。所在社区户数人口(12345人)。']);
  }
  return { rows, merges, expected };
}
