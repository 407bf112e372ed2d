/**
 * Downloads without a browser: CSV quoting read back by a real CSV parser, the sheet a table
 * becomes (units, demo marks, numbers as numbers), the XLSX read back by exceljs, and a chart's
 * SVG with its title, legend, place and source.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  buildSheet,
  cellValue,
  chartImage,
  quoteCsv,
  toCsv,
  toXlsx,
  type ExportContext,
  type TableSpec,
} from '../../client/src/modules/exporting.ts';
import type { ChartText } from '../../shared/messages.ts';
import { indicatorCompletionOption } from '../../shared/charts/indicatorCompletion.ts';
import zh from '../../shared/locales/zh-CN.json';

/** Looks keys up in the real zh-CN messages, with vue-i18n's `{name}` interpolation. */
const t: ChartText['t'] = (key, named = {}) => {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], zh);
  if (typeof value !== 'string') throw new Error(`missing message ${key}`);
  return value.replace(/\{(\w+)\}/g, (_, name: string) => String(named[name]));
};

const chigang: ExportContext = {
  place: '海珠区赤岗街社工服务站',
  period: '统计截至 2024-05-30（服务年度 2023）',
  fileStem: 'haizhu-chigang-2023',
  demo: 'none',
};

/** Parses CSV text the way a spreadsheet import would (RFC 4180), rows of fields. */
const parseCsv = (text: string): string[][] => parse(text, { bom: true, relaxColumnCount: true });

describe('CSV quoting (RFC 4180)', () => {
  const awkward = [
    'plain',
    'a,b',
    'say "hi"',
    'two\nlines',
    'windows\r\nline',
    '"quoted", and more',
    '',
    '电访，全站合计',
  ];

  it('leaves plain text alone and quotes a field with a comma, a quote or a line break', () => {
    expect(quoteCsv('plain')).toBe('plain');
    expect(quoteCsv('电访，全站合计')).toBe('电访，全站合计');
    expect(quoteCsv('a,b')).toBe('"a,b"');
    expect(quoteCsv('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsv('two\nlines')).toBe('"two\nlines"');
    expect(quoteCsv('cr\ronly')).toBe('"cr\ronly"');
  });

  it('round-trips every awkward field through a CSV parser, one record per row', () => {
    const line = awkward.map(quoteCsv).join(',');
    const records = parseCsv(`${line}\r\n${line}\r\n`);
    expect(records).toEqual([awkward, awkward]);
  });
});

interface Row {
  name: string;
  isDemo: boolean;
  rate: number | null;
  yuan: number;
  note: string | null;
}
const rows: Row[] = [
  { name: '赤岗街', isDemo: false, rate: 1.037, yuan: 194580.114, note: 'ok, "checked"' },
  { name: '新港街', isDemo: true, rate: 0.9694649, yuan: 1234567.5, note: null },
  { name: '无合同', isDemo: true, rate: null, yuan: 0, note: '=1+2' },
];
const table: TableSpec<Row> = {
  title: '各站点总览',
  rows,
  columns: [
    { header: '站点', kind: 'text', value: (r) => r.name },
    { header: '完成率', kind: 'percent', value: (r) => r.rate },
    { header: '完成', kind: 'yuan', value: (r) => r.yuan },
    { header: '说明', kind: 'text', value: (r) => r.note },
  ],
  demoRow: (r) => r.isDemo,
};

describe('a table as a sheet', () => {
  const sheet = buildSheet(table, { ...chigang, place: '海珠区', demo: 'some' }, t);

  it('names the table and place on the title line, the source and date on the next', () => {
    expect(sheet.title).toBe('各站点总览 · 海珠区');
    expect(sheet.source).toBe('来源：社工站监测看板 · 统计截至 2024-05-30（服务年度 2023）');
  });

  it('puts the unit in the header of rates and money, and marks each row demo or not', () => {
    expect(sheet.header).toEqual(['站点', '完成率 (%)', '完成 (元)', '说明', '示例数据']);
    expect(sheet.rows.map((r) => r.at(-1))).toEqual(['否', '是', '是']);
  });

  it('writes rates in percent and yuan to the cent, as numbers; no figure is an empty cell', () => {
    expect(sheet.rows[0]!.slice(1, 3)).toEqual([103.7, 194580.11]);
    expect(sheet.rows[1]!.slice(1, 3)).toEqual([96.95, 1234567.5]);
    expect(sheet.rows[2]![1]).toBeNull();
    expect(sheet.rows[1]![3]).toBeNull();
  });

  it('says 示例数据 on the title line when every row is a demo station', () => {
    const demoOnly = buildSheet({ ...table, rows: rows.filter((r) => r.isDemo) }, chigang, t);
    expect(demoOnly.title).toContain('示例数据');
    const station = buildSheet({ ...table, demoRow: undefined }, { ...chigang, demo: 'all' }, t);
    expect(station.title).toContain('示例数据');
    expect(station.header).not.toContain('示例数据');
    expect(buildSheet({ ...table, demoRow: undefined }, chigang, t).title).not.toContain('示例数据');
  });

  it('keeps values as they are but rounds to the cent and drops what is not a number', () => {
    expect(cellValue('count', 3111)).toBe(3111);
    expect(cellValue('count', 1013.3999999)).toBe(1013.4);
    expect(cellValue('percent', 1)).toBe(100);
    expect(cellValue('percent', Number.NaN)).toBeNull();
    expect(cellValue('text', '')).toBeNull();
    expect(cellValue('text', undefined)).toBeNull();
  });
});

describe('CSV file', () => {
  const sheet = buildSheet(table, { ...chigang, place: '海珠区', demo: 'some' }, t);
  const csv = toCsv(sheet);

  it('starts with a UTF-8 byte order mark and ends every line with CRLF', () => {
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    // The header, the title and source lines, and three rows; no bare LF outside quotes.
    expect(lines.length - 1).toBe(6);
    expect(csv.replace(/"[^"]*"/g, '').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('reads back as title, source, header and the rows; numbers with two decimals and no separators', () => {
    const [title, source, header, ...body] = parseCsv(csv);
    expect(title).toEqual([sheet.title]);
    expect(source).toEqual([sheet.source]);
    expect(header).toEqual(sheet.header);
    expect(body).toEqual([
      ['赤岗街', '103.70', '194580.11', 'ok, "checked"', '否'],
      ['新港街', '96.95', '1234567.50', '', '是'],
      ['无合同', '', '0.00', "'=1+2", '是'],
    ]);
  });
});

describe('XLSX file', () => {
  it('reads back: title, source, header, rows; rates and yuan as numbers shown to the cent', async () => {
    const sheet = buildSheet(table, { ...chigang, place: '海珠区', demo: 'some' }, t);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await toXlsx(sheet));
    const ws = book.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe(sheet.title);
    expect(ws.getCell('A2').value).toBe(sheet.source);
    expect(ws.getRow(3).values).toEqual([undefined, ...sheet.header]);
    expect(ws.getCell('B4').value).toBe(103.7);
    expect(ws.getCell('B4').numFmt).toBe('0.00');
    expect(ws.getCell('C5').value).toBe(1234567.5);
    expect(ws.getCell('B6').value).toBeNull();
    // Formulas stay text in a workbook: strings are never evaluated, so nothing is defused.
    expect(ws.getCell('D6').value).toBe('=1+2');
    expect(ws.rowCount).toBe(6);
  });
});

describe('chart image', () => {
  const option = indicatorCompletionOption(
    [
      { code: 'phone_visits', name: '电访', area: null, completionRate: 1.037, actual: 3111, target: 3000 },
      { code: 'phone_visits', name: '电访', area: 'A', completionRate: 1, actual: 1350, target: 1350 },
    ],
    ['A'],
    null,
    { t, locale: 'zh-CN' },
  );

  it('carries the chart title, its legend, the place and the source line, at least 720 px wide', async () => {
    const image = await chartImage({ option, width: 340, height: 360 }, chigang, t);
    expect(image.width).toBe(720);
    expect(image.height).toBeGreaterThan(360);
    expect(image.svg).toContain(`width="${image.width}" height="${image.height}"`);
    expect(image.svg).toContain('>各指标完成率（按片区）<');
    expect(image.svg).toContain('>片区 A<');
    expect(image.svg).toContain('>全站合计<');
    expect(image.svg).toContain('>海珠区赤岗街社工服务站<');
    expect(image.svg).toContain('>来源：社工站监测看板 · 统计截至 2024-05-30（服务年度 2023）<');
    expect(image.svg).not.toContain('示例数据');
  });

  it('carries the demo mark for a demo station, and a note when some stations are demo', async () => {
    expect(
      (await chartImage({ option, width: 800, height: 360 }, { ...chigang, demo: 'all' }, t)).svg,
    ).toContain(zh.common.demoHint);
    expect(
      (await chartImage({ option, width: 800, height: 360 }, { ...chigang, demo: 'some' }, t)).svg,
    ).toContain(zh.export.someDemo);
  });

  it('escapes the place and source as XML', async () => {
    const image = await chartImage({ option, width: 800, height: 360 }, { ...chigang, place: 'A & <B>' }, t);
    expect(image.svg).toContain('A &#38; &#60;B&#62;');
  });
});
