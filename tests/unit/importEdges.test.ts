/**
 * Files as attack probes and real stations sent them, each once read wrongly or too slowly:
 * a quote that swallows rows, cells showing an Excel error or a formula without its result, a
 * blank 指标要求, rates without their % sign, percent formats written as text, a hidden helper
 * sheet, ASCII text in UTF-16, merged ranges and sheets built to take the reader's time.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../server/import/index.ts';
import type { ImportContext } from '../../server/import/plan.ts';
import { textEncoding } from '../../server/import/sheet.ts';
import { indicatorCatalogue } from '../../server/seed/indicators.ts';
import { annex1Tsv } from '../helpers/officialTables.ts';

const ctx: ImportContext = {
  indicators: indicatorCatalogue.map((i) => ({
    code: i.code,
    nameZh: i.nameZh,
    nameEn: i.nameEn,
    unit: i.unit,
  })),
  areas: ['片区1', '片区2', '片区3'].map((label, i) => ({ code: 'ABC'[i] ?? '', label, printedLabel: null })),
  contract: { start: '2023-05-31', end: '2024-05-30' },
};

type Row = Array<ExcelJS.CellValue | null>;
async function book(rows: Row[], tweak?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('附件1');
  rows.forEach((row, r) =>
    row.forEach((c, i) => {
      if (c != null) ws.getCell(r + 1, i + 1).value = c;
    }),
  );
  tweak?.(ws, wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const head: Row[] = [
  ['服务片区', '投入社工人数', '电访', null, null],
  [null, null, '协议量', '完成量', '百分比'],
];
const values = async (bytes: Buffer, name = 't.xlsx') => {
  const parsed = await parseFile(name, bytes, ctx);
  return {
    parsed,
    got: parsed.plan.values.map((v) => [v.indicator, v.area, v.target, v.actual, v.statedRate]),
  };
};

describe('files that were read wrongly', () => {
  it('a cell opening with a quote it never closes no longer swallows the rows after it', async () => {
    const lines = annex1Tsv().split('\n');
    lines.splice(4, 0, '"注：片区1含“双百工程”跨片区活动”');
    lines[lines.length - 2] = `"智慧平台"${lines[lines.length - 2]}`;
    const parsed = await parseFile('annex1.tsv', Buffer.from(lines.join('\n')), ctx);
    expect(parsed.plan.values).toHaveLength(54);
    expect(parsed.plan.problems).toContainEqual(
      expect.objectContaining({ code: 'import/unpaired_quote', row: 5, severity: 'warning' }),
    );
  });

  it('a cell showing #N/A or #DIV/0!, or a formula saved without its result, is named, never read as blank', async () => {
    const { parsed } = await values(
      await book([
        ...head,
        ['片区1', 9, 1350, { formula: 'VLOOKUP(1,Z1:Z2,2,0)', result: { error: '#N/A' } }, null],
        ['片区2', 5, 1020, 1061, { formula: 'D4/C4', result: { error: '#DIV/0!' } }],
        ['合计', 14, { formula: 'SUM(C3:C4)' } as ExcelJS.CellFormulaValue, 1061, null],
      ]),
    );
    expect(parsed.ok).toBe(false);
    const named = parsed.plan.problems.map((p) => [p.code, `${p.row}${p.column}`, p.value]);
    expect(named).toContainEqual(['import/not_a_number', '3D', '#N/A']);
    expect(named).toContainEqual(['import/bad_rate', '4E', '#DIV/0!']);
    expect(named).toContainEqual(['import/not_a_number', '5C', '=SUM(C3:C4)']);
  });

  it('a blank 指标要求 under a 协议内容 header row stays blank: the figure is the 完成量 it stands under', async () => {
    const header = ['总体服务', '协议内容', null, '指标要求', '完成量', '百分比'];
    const { got } = await values(
      await book([
        header,
        [null, '新增志愿者', null, null, 150, '100%'],
        [null, '社区调研', null, 23, 20, null],
      ]),
    );
    expect(got).toEqual([
      ['new_volunteers', null, null, 150, 1],
      ['community_surveys', null, 23, 20, null],
    ]);
  });

  it('a rate printed without % is a fraction or percent points, as its own numbers bear out', async () => {
    const { got } = await values(
      await book([
        ...head,
        ['片区1', 9, 100, 352, '3.52'],
        ['片区2', 5, 1000, 25, '2.5'],
        ['片区3', 4, 650, 700, 1.0769],
      ]),
    );
    expect(got.map((g) => g[4])).toEqual([3.52, 0.025, 1.0769]);
  });

  it('a percent format written as text (0.00"%") shows the percent itself, not a hundred times it', async () => {
    // (exceljs cannot write the escaped form 0\\% back: it saves it as 0%.)
    const { got } = await values(
      await book([...head, ['片区1', 9, 1350, 1400, 103.7], ['片区2', 5, 1000, 1000, 1]], (ws) => {
        ws.getCell('E3').numFmt = '0.00"%"';
        ws.getCell('E4').numFmt = '0.00%';
      }),
    );
    expect(got.map((g) => g[4])).toEqual([1.037, 1]);
  });

  it('a hidden helper sheet before the table is not the table', async () => {
    const bytes = await book([...head, ['片区1', 9, 1350, 1350, '100%']], (_ws, wb) => {
      const hidden = wb.addWorksheet('tmp', { state: 'hidden' });
      hidden.getCell('A1').value = '片区';
      hidden.getCell('B1').value = '指标代码';
      hidden.getCell('C1').value = '目标';
      hidden.getCell('A2').value = 'A';
      hidden.getCell('B2').value = 'phone_visits';
      hidden.getCell('C2').value = 9999;
      // Moved first, as a station's helper sheet often is.
      wb.worksheets.unshift(wb.worksheets.pop() as ExcelJS.Worksheet);
    });
    const { parsed, got } = await values(bytes);
    expect(got).toEqual([['phone_visits', 'A', 1350, 1350, 1]]);
    expect(parsed.plan.source.sheet).toBe('附件1');
  });

  it('ASCII text in UTF-16 without a BOM is UTF-16, not UTF-8 full of NULs', () => {
    expect(
      textEncoding(Buffer.from('area,indicator,target\r\nA,phone_visits,10\r\n', 'utf16le'))?.encoding,
    ).toBe('utf-16le');
  });

  it('完成次数 and 完成人次 are actuals too', async () => {
    const { got } = await values(
      await book([
        ['服务片区', '投入社工人数', '大型社区活动', null, null, null, null, null],
        [null, null, '协议次数', '完成次数', '百分比', '协议人次', '完成人次', '百分比'],
        ['片区1', 9, 14, 14, '100%', 1400, 1400, '100%'],
      ]),
    );
    expect(got).toEqual([
      ['large_events', 'A', 14, 14, 1],
      ['large_event_attendance', 'A', 1400, 1400, 1],
    ]);
  });
});

describe('files built to take the reader’s time', () => {
  async function workbookXml(sheet: string, styles?: string) {
    const zip = new JSZip();
    zip.file(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    );
    zip.file('xl/worksheets/sheet1.xml', sheet);
    if (styles) zip.file('xl/styles.xml', styles);
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  }

  it('a merged range over the whole sheet is refused before exceljs spreads it', async () => {
    const sheet = `<worksheet><sheetData/><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>`;
    const parsed = await parseFile('merge.xlsx', await workbookXml(sheet), ctx);
    expect(parsed.plan.problems[0]?.code).toBe('import/too_many_cells');
  });

  it('a styles part of megabytes is refused by its size', async () => {
    const styles = `<styleSheet><numFmts>${'<numFmt numFmtId="200" formatCode="0.00"/>'.repeat(300_000)}</numFmts></styleSheet>`;
    const parsed = await parseFile('styles.xlsx', await workbookXml('<worksheet/>', styles), ctx);
    expect(parsed.plan.problems[0]?.code).toBe('import/xlsx_part_too_large');
    expect(parsed.plan.problems[0]?.value).toBe('xl/styles.xml');
  });

  it('one cell at the last row makes a sheet too long to read', async () => {
    const bytes = await book([...head], (ws) => {
      ws.getCell('A1048576').value = 1;
    });
    const parsed = await parseFile('far.xlsx', bytes, ctx);
    expect(parsed.plan.problems[0]?.code).toBe('import/too_many_rows');
  });

  it('a 10 MB cell is named by its first 200 characters, and at most 1,000 ignored cells are listed', async () => {
    const huge = 'x'.repeat(100_000);
    const lines = ['area,indicator,period,target,actual', `A,phone_visits,2023-07,1,1,${huge}`];
    for (let i = 0; i < 1200; i++)
      lines.push(`A,phone_visits,2023-${String((i % 10) + 6).padStart(2, '0')},1,1,9`);
    const parsed = await parseFile('long.csv', Buffer.from(lines.join('\n')), ctx);
    // Every extra cell is counted (and the duplicate rows' cells with them); 1,000 are listed.
    expect(parsed.plan.cells.ignored).toBeGreaterThan(1200);
    expect(parsed.plan.cells.ignoredCells).toHaveLength(1000);
    expect(parsed.plan.cells.ignoredCells[0]?.value.length).toBeLessThanOrEqual(201);
    expect(Math.max(...parsed.plan.problems.map((p) => (p.value ?? '').length))).toBeLessThanOrEqual(201);
  });
});
