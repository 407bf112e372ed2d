/**
 * The official tables as stations send them, read whole: Chigang's own annexes from the source
 * text (as printed, as an XLSX with merged headers, as GB18030 and UTF-16 text), and generated
 * variants as a property. Every non-empty cell is read, recognised, or named in a problem.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFile, type ParsedFile } from '../../server/import/index.ts';
import type { ImportContext } from '../../server/import/plan.ts';
import { readGrid } from '../../server/import/sheet.ts';
import { chigangReference } from '../../server/seed/reference.ts';
import { indicatorCatalogue } from '../../server/seed/indicators.ts';
import {
  annex1Tsv,
  annex1Workbook,
  annex2Tsv,
  chigangSource,
  groupSpecs,
  keyValueSpecs,
  officialTable,
  plainTable,
  textOf,
  tsvRows,
  xlsxFrom,
  type TableSpec,
} from '../helpers/officialTables.ts';

const indicators = indicatorCatalogue.map((i) => ({
  code: i.code,
  nameZh: i.nameZh,
  nameEn: i.nameEn,
  unit: i.unit,
}));
const chigangAreas = ['片区1', '片区2', '片区3'].map((label, i) => ({
  code: 'ABC'[i] ?? '',
  label,
  printedLabel: null,
}));
const chigang: ImportContext = {
  indicators,
  areas: chigangAreas,
  contract: { start: '2023-05-31', end: '2024-05-30' },
};

/** What annex 1 prints, from our extraction of the report (never from the importer). */
function annex1Expected() {
  const rate = (text: string) => Number(text.replace('%', '')) / 100;
  return chigangReference.indicators.flatMap((ind) => {
    const inTable = ind.byArea != null || keyValueSpecs.some((k) => k.code === ind.code);
    if (!inTable || ind.code === 'small_event_attendance') return [];
    const total = {
      indicator: ind.code,
      area: null as string | null,
      target: ind.total[0],
      actual: ind.printedActual ? Number(ind.printedActual) : ind.total[1],
      rateText: ind.total[2],
    };
    const areas = Object.entries(ind.byArea ?? {}).map(([area, f]) => ({
      indicator: ind.code,
      area: area as string | null,
      target: f[0],
      actual: f[1],
      rateText: f[2],
    }));
    return [...areas, total].map((v) => ({ ...v, rate: rate(v.rateText) }));
  });
}

const valuesOf = (parsed: ParsedFile) =>
  parsed.plan.values.map((v) => ({
    indicator: v.indicator,
    area: v.area,
    target: v.target,
    actual: v.actual,
    rate: v.statedRate,
  }));

/** The grid's non-empty cells, counted apart from the importer, and the ones that hold a figure. */
async function cellsOf(fileName: string, bytes: Uint8Array) {
  const { rows } = await readGrid(fileName, bytes);
  const filled = rows.flatMap((row, r) => row.flatMap((cell, c) => (cell == null ? [] : [{ r, c, cell }])));
  return { filled, rows };
}

/**
 * Nothing dropped silently: the account covers every non-empty cell, every ignored cell is named
 * in a problem at its row and column, and every number of the grid is a value read, part of a
 * note or a label the importer recognised, or named.
 */
async function expectAccounted(fileName: string, bytes: Uint8Array, parsed: ParsedFile) {
  const { filled } = await cellsOf(fileName, bytes);
  const { cells, problems } = parsed.plan;
  expect(cells.read + cells.recognised + cells.ignored).toBe(filled.length);
  const column = (c: number) => (c < 26 ? String.fromCharCode(65 + c) : `?${c}`);
  for (const ignored of cells.ignoredCells)
    expect(
      problems.some((p) => p.row === ignored.row && (p.column === ignored.column || p.column == null)),
    ).toBe(true);
  const numbers = filled.filter((f) => /^\s*[\d,.]+\s*$/.test(String(f.cell)));
  for (const { r, c, cell } of numbers) {
    const n = Number(String(cell).replace(/,/g, ''));
    const inValue = parsed.plan.values.some((v) => v.row === r + 1 && (v.target === n || v.actual === n));
    const named = cells.ignoredCells.some((i) => i.row === r + 1 && i.column === column(c));
    const inStaff = parsed.plan.staff.length > 0;
    expect(
      inValue || named || inStaff || parsed.plan.socialWorkers != null,
      `${r + 1}${column(c)} ${cell}`,
    ).toBe(true);
  }
}

describe("Chigang's annex 1, as the source prints it", () => {
  it("the fixtures are the source's own lines", () => {
    const lines = chigangSource().split('\n');
    expect(annex1Tsv()).toBe(lines.slice(339, 359).join('\n') + '\n');
    expect(annex2Tsv()).toBe(lines.slice(360).join('\n'));
  });

  const files: Array<[string, string, () => Promise<Uint8Array> | Uint8Array]> = [
    [
      'the TSV as printed (title, three stacked blocks, footnote)',
      '附件1.tsv',
      () => Buffer.from(annex1Tsv()),
    ],
    [
      'an XLSX with the title row and merged group headers',
      '附件1.xlsx',
      () => {
        const { rows, merges } = annex1Workbook();
        return xlsxFrom(rows, merges);
      },
    ],
    [
      'a CSV saved by a Chinese Excel (GB18030, no BOM)',
      '附件1.csv',
      () => textOf(tsvRows(annex1Tsv()), { encoding: 'gb18030' }),
    ],
    [
      "Excel's Unicode text (UTF-16 LE, tabs)",
      '附件1.txt',
      () => textOf(tsvRows(annex1Tsv()), { encoding: 'utf-16le', delimiter: '\t' }),
    ],
    [
      'semicolons, UTF-8 without BOM, LF',
      '附件1.csv',
      () => textOf(tsvRows(annex1Tsv()), { encoding: 'utf-8', delimiter: ';', eol: '\n' }),
    ],
  ];

  it.each(files)('%s: all 54 figures, value by value', async (_name, fileName, make) => {
    const bytes = await make();
    const parsed = await parseFile(fileName, bytes, chigang);
    expect(parsed.ok).toBe(true);
    expect(parsed.plan.layout).toBe('wide');
    expect(parsed.plan.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const expected = annex1Expected();
    expect(expected).toHaveLength(54);
    const got = valuesOf(parsed);
    expect(got).toHaveLength(54);
    for (const e of expected)
      expect(got).toContainEqual({
        indicator: e.indicator,
        area: e.area,
        target: e.target,
        actual: e.actual,
        rate: expect.closeTo(e.rate, 6),
      });
    // The printed rates are kept as printed (100% beside 100.00%).
    const texts = parsed.plan.values.map((v) => `${v.indicator}|${v.area}|${v.statedRateText}`);
    for (const e of expected) expect(texts).toContain(`${e.indicator}|${e.area}|${e.rateText}`);
    expect(parsed.plan.statedPeriod).toEqual({ start: '2023-05-31', end: '2024-05-31' });
    expect(parsed.plan.socialWorkers).toBe(18);
    await expectAccounted(fileName, bytes, parsed);
    expect(parsed.plan.cells.ignored).toBe(0);
  });

  it('flags the lost decimal point (194,580.11) and area C’s target (630); the swapped sub-headers are warnings', async () => {
    const parsed = await parseFile('附件1.tsv', Buffer.from(annex1Tsv()), chigang);
    expect(parsed.flags).toContainEqual(
      expect.objectContaining({ indicator: 'resources_linked', area: null, suggestion: 194580.11 }),
    );
    expect(parsed.flags).toContainEqual(
      expect.objectContaining({ indicator: 'phone_visits', area: 'C', suggestion: 630 }),
    );
    const mismatches = parsed.plan.problems.filter((p) => p.code === 'import/subheader_mismatch');
    // 协议 节数 over case counts, 协议结案数 over sessions, 协议人次 over the small-event count.
    expect(mismatches.map((p) => [p.row, p.column, p.value])).toEqual([
      [4, 'O', '协议 节数'],
      [4, 'R', '协议结案数'],
      [10, 'R', '协议人次'],
    ]);
    expect(mismatches.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('accounts for every cell: 116 read, the rest headers, labels, rates and the footnote as a note', async () => {
    const parsed = await parseFile('附件1.tsv', Buffer.from(annex1Tsv()), chigang);
    const { cells, notes } = parsed.plan;
    // 48 table figures × 2, 6 bottom-block figures × 2, 8 投入社工人数 cells.
    expect(cells.read).toBe(116);
    expect(cells.ignored).toBe(0);
    expect(notes).toEqual([{ row: 20, text: expect.stringContaining('建档人数1427人') }]);
  });

  it('reads the same for a station importing it for the first time: three new areas', async () => {
    const parsed = await parseFile('附件1.tsv', Buffer.from(annex1Tsv()), { ...chigang, areas: [] });
    expect(parsed.ok).toBe(true);
    expect(parsed.plan.newAreas.map((a) => [a.code, a.label, a.socialWorkers])).toEqual([
      ['A', '片区1', 9],
      ['B', '片区2', 5],
      ['C', '片区3', 4],
    ]);
    expect(parsed.plan.newAreas[1]?.printedLabel).toBe('片区2 (毛坦、竹园等 社区)');
    expect(parsed.plan.values).toHaveLength(54);
  });
});

describe("Chigang's annex 2, as the source prints it", () => {
  const read = () => parseFile('附件2.tsv', Buffer.from(annex2Tsv()), chigang);

  it('brings in the six people listed, with positions and contract dates, and no total as a person', async () => {
    const parsed = await read();
    expect(parsed.ok).toBe(true);
    expect(parsed.plan.layout).toBe('attendance');
    // As printed in the source's rows 371–376.
    expect(
      parsed.plan.staff.map((s) => [s.name, s.position, s.contractStart, s.contractEnd, s.area]),
    ).toEqual([
      ['李静伦', '第四片区社工', '2019-10-08', '2026-05-30', null],
      ['林文胜', '第二片区社工', '2023-11-07', '2026-05-30', 'B'],
      ['陈斐怡', '第一片区社工', '2022-08-01', '2026-05-30', 'A'],
      ['吴晓怡', '第一片区社工', '2023-03-06', '2026-05-30', 'A'],
      ['邝洁苗', '第二片区社工', '2022-03-07', '2023-06-30', 'B'],
      ['梁国超', '第一片区社工', '2022-04-01', '2024-06-30', 'A'],
    ]);
    // 类型 非持社工证 and 已接受…获得相关证书: not a social work certificate.
    expect(parsed.plan.staff.every((s) => s.certification === 'none')).toBe(true);
  });

  it('reads the marks in order, and the months cut off the right of the table are unknown, not "no"', async () => {
    const parsed = await read();
    const lines = annex2Tsv().split('\n');
    const [first, , , , fifth] = parsed.plan.staff;
    // The source's row for 李静伦 holds 26 √; 8 whole months of three marks.
    expect(lines[10]?.split('\t').filter((c) => c === '√')).toHaveLength(26);
    expect(first?.months.map((m) => m.month)).toEqual([
      '2023-06',
      '2023-07',
      '2023-08',
      '2023-09',
      '2023-10',
      '2023-11',
      '2023-12',
      '2024-01',
    ]);
    expect(first?.months.every((m) => m.inPost && m.insured && m.paid)).toBe(true);
    // 邝洁苗: √ √ √ in June, —— after (her contract ended 2023.6.30).
    expect(fifth?.months.map((m) => [m.month, m.inPost, m.insured, m.paid]).slice(0, 2)).toEqual([
      ['2023-06', true, true, true],
      ['2023-07', false, false, false],
    ]);
    // The header names 12 months over 9 groups of marks; every person's row stops one mark short
    // of the ninth (2024-02's 工资).
    const cut = (row: number) =>
      parsed.plan.problems.find((p) => p.code === 'import/cut_months' && p.row === row);
    expect(cut(9)?.value).toBe('2024-03、2024-04、2024-05');
    for (const s of parsed.plan.staff) expect(cut(s.row)?.value).toBe('2024-02');
  });

  it('checks the total and subtotal rows against the marks, and names the remarks below the table', async () => {
    const parsed = await read();
    const codes = parsed.plan.problems.map((p) => p.code);
    expect(codes).toContain('import/attendance_totals');
    expect(parsed.plan.problems).toContainEqual(
      expect.objectContaining({ code: 'import/subtotal_cells', row: 19, severity: 'warning' }),
    );
    const mismatch = parsed.plan.problems.find((p) => p.code === 'import/subtotal_mismatch');
    expect(mismatch?.value).toBe('2023-10 21 / 22；2023-12 22 / 21');
    const remarks = parsed.plan.problems
      .filter((p) => p.code === 'import/unattached_remark')
      .map((p) => p.value);
    expect(remarks).toContain('2023.6.10离职。');
    // The numbers pushed below the table are named one by one; the two 80% are the printed rate.
    expect(parsed.plan.cells.ignoredCells.map((c) => c.value)).toEqual(['6', '0', '1', '0', '24', '48']);
    await expectAccounted('附件2.tsv', Buffer.from(annex2Tsv()), parsed);
  });
});

describe('generated official tables, as a property', () => {
  const spec = fc.record<TableSpec>({
    areas: fc.integer({ min: 1, max: 8 }),
    groups: fc
      .shuffledSubarray(
        groupSpecs.map((_, i) => i),
        { minLength: 1 },
      )
      .chain((order) =>
        fc
          .tuple(...order.map((g) => fc.integer({ min: 1, max: groupSpecs[g]?.codes.length ?? 1 })))
          .map((triples) => order.map((group, i) => ({ group, triples: triples[i] ?? 1 }))),
      ),
    blocks: fc.integer({ min: 1, max: 3 }),
    sideBySide: fc.boolean(),
    packed: fc.boolean(),
    keyValues: fc.shuffledSubarray(keyValueSpecs.map((_, i) => i)),
    keyValueHeaderRow: fc.boolean(),
    subHeaders: fc.constantFrom('plain', 'variants'),
    rates: fc.constantFrom('text', 'number'),
    blankRows: fc.boolean(),
    remarks: fc.boolean(),
    note: fc.boolean(),
    title: fc.boolean(),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
  });
  const format = fc.constantFrom(
    { kind: 'xlsx' as const },
    { kind: 'text' as const, delimiter: ',' as const, encoding: 'utf-8-bom' as const },
    { kind: 'text' as const, delimiter: '\t' as const, encoding: 'utf-8' as const },
    { kind: 'text' as const, delimiter: ';' as const, encoding: 'utf-8' as const },
    { kind: 'text' as const, delimiter: ',' as const, encoding: 'gb18030' as const },
    { kind: 'text' as const, delimiter: '\t' as const, encoding: 'utf-16le' as const },
  );

  it('every figure read back, every cell accounted for, whatever the areas, blocks, order and encoding', async () => {
    await fc.assert(
      fc.asyncProperty(spec, format, fc.boolean(), async (s, f, firstImport) => {
        const { rows, merges, expected } = officialTable(s);
        const fileName = f.kind === 'xlsx' ? 'table.xlsx' : 'table.csv';
        const bytes =
          f.kind === 'xlsx'
            ? await xlsxFrom(rows, merges)
            : textOf(rows, { delimiter: f.delimiter, encoding: f.encoding });
        const areas = Array.from({ length: s.areas }, (_, i) => ({
          code: 'ABCDEFGH'[i] ?? '',
          label: `片区${i + 1}`,
          printedLabel: null,
        }));
        const ctx: ImportContext = {
          indicators,
          areas: firstImport ? [] : areas,
          contract: { start: '2025-07-01', end: '2026-06-30' },
        };
        const parsed = await parseFile(fileName, bytes, ctx);
        expect(parsed.plan.problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(parsed.ok).toBe(true);
        const got = valuesOf(parsed);
        expect(got).toHaveLength(expected.length);
        for (const e of expected) expect(got).toContainEqual({ ...e, rate: expect.closeTo(e.rate, 4) });
        expect(parsed.plan.cells.ignored).toBe(0);
        if (firstImport) expect(parsed.plan.newAreas).toHaveLength(s.areas);
        await expectAccounted(fileName, bytes, parsed);
      }),
      { numRuns: 120, seed: 20261204 },
    );
  });

  it('a figure the importer cannot place is never dropped silently: it is named, and the rest imports', async () => {
    const { rows, expected } = officialTable(plainTable({ keyValues: [5], seed: 7 }));
    // A mid-term table's extra line in a layout nobody taught the importer, and a stray figure.
    rows.push(['协议内容', '街坊互助基金', '指标要求', 100, '完成量', '120,000.50', '百分比', '120.00%']);
    rows.push([null, null, null, null, null, null, null, null, null, null, 42]);
    const bytes = textOf(rows);
    const parsed = await parseFile('midterm.csv', bytes, {
      indicators,
      areas: [],
      contract: { start: '2025-07-01', end: '2026-06-30' },
    });
    expect(parsed.ok).toBe(true);
    expect(parsed.plan.values).toHaveLength(expected.length);
    const ignored = parsed.plan.cells.ignoredCells.map((c) => `${c.row}${c.column}=${c.value}`);
    const last = rows.length;
    expect(ignored).toEqual([
      `${last - 1}B=街坊互助基金`,
      `${last - 1}D=100`,
      `${last - 1}F=120,000.50`,
      `${last - 1}H=120.00%`,
      `${last}K=42`,
    ]);
    expect(parsed.plan.problems).toContainEqual(
      expect.objectContaining({
        code: 'import/unknown_indicator',
        value: '街坊互助基金',
        severity: 'warning',
      }),
    );
    await expectAccounted('midterm.csv', bytes, parsed);
  });
});
