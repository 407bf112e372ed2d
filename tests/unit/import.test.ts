/** Reading files and cells as stations type them: each case of the import issue on its own. */
import { describe, expect, it } from 'vitest';
import { readMark, readRemark } from '../../server/import/attendance.ts';
import { mapGrid, parseFile } from '../../server/import/index.ts';
import { parsePeriod } from '../../server/import/long.ts';
import { parseNumber, parseRate } from '../../server/import/numbers.ts';
import { annexNumber, matchArea, parseDateRange, type ImportContext } from '../../server/import/plan.ts';
import { readGrid } from '../../server/import/sheet.ts';
import { csvOf, messyTableGrid, xlsxOf } from '../helpers/files.ts';

const areas = [
  { code: 'A', label: '片区1', printedLabel: '片区1（下渡、江景等社区）' },
  { code: 'B', label: '片区2', printedLabel: null },
  { code: 'C', label: '片区3', printedLabel: null },
];
const ctx: ImportContext = {
  indicators: [
    { code: 'phone_visits', nameZh: '电访', nameEn: 'Phone visits', unit: '个' },
    { code: 'home_visits', nameZh: '入户探访', nameEn: 'Home visits', unit: '个' },
  ],
  areas,
  contract: { start: '2023-05-31', end: '2024-05-30' },
};

describe('numbers as printed', () => {
  it.each([
    ['1,350', 1350],
    [' 677 ', 677],
    ['１３５０', 1350],
    ['194580.11', 194580.11],
    ['——', null],
    ['', null],
    [42, 42],
  ])('%j reads as %j', (cell, value) => expect(parseNumber(cell)).toEqual({ ok: true, value }));

  it.each(['六百', '1,35', '12a', '1.2.3'])('%j is not a number (never a zero)', (cell) =>
    expect(parseNumber(cell)).toEqual({ ok: false }),
  );

  it('rates: 100%, 100.00%, 103.70% and a fraction all read as fractions', () => {
    expect(parseRate('100%')).toEqual({ ok: true, value: { rate: 1, text: '100%' } });
    expect(parseRate('100.00%')).toEqual({ ok: true, value: { rate: 1, text: '100.00%' } });
    expect(parseRate('103.70%').ok && parseRate('103.70%')).toMatchObject({ value: { rate: 1.037 } });
    expect(parseRate(1.037)).toMatchObject({ value: { rate: 1.037 } });
    expect(parseRate('高')).toEqual({ ok: false });
  });
});

describe('areas, periods and dates', () => {
  it.each([
    ['A', 'A'],
    ['片区1', 'A'],
    ['片区 2（毛纺、竹园等社区）', 'B'],
    ['片区3\n（鸿运等社区）', 'C'],
    ['第二片区', 'B'],
    ['片区1（下渡、江景等社区）', 'A'],
    ['合 计', null],
    ['total', null],
    ['片区4', undefined],
    ['东区', undefined],
  ])('%j is area %j', (cell, code) => expect(matchArea(cell, areas)).toBe(code));

  it('annex numbers in digits and Chinese', () => {
    expect(annexNumber('片区1')).toBe(1);
    expect(annexNumber('第三片区')).toBe(3);
    expect(annexNumber('东区')).toBeNull();
  });

  it.each([
    ['2024-03', { start: '2024-03-01', end: '2024-03-31' }],
    ['2024年2月', { start: '2024-02-01', end: '2024-02-29' }],
    ['2024/3', { start: '2024-03-01', end: '2024-03-31' }],
    ['全年', null],
    [null, null],
    ['2023-06-01~2023-08-31', { start: '2023-06-01', end: '2023-08-31' }],
    ['2024-13', undefined],
    ['next spring', undefined],
  ])('period %j', (cell, period) => expect(parsePeriod(cell)).toEqual(period));

  it('the stated data period from 数据统计时间', () => {
    expect(parseDateRange('数据统计时间：2023年5月31日 至 2024年5月30日')).toEqual({
      start: '2023-05-31',
      end: '2024-05-30',
    });
    expect(parseDateRange('2023.6.1-2024.5.31')).toEqual({ start: '2023-06-01', end: '2024-05-31' });
    expect(parseDateRange('2023年2月30日至2024年1月1日')).toBeNull();
  });
});

describe('CSV in every dialect Excel saves', () => {
  const rows = [
    ['片区', '指标代码', '期间', '目标', '完成'],
    ['A', 'phone_visits', '2024-03', '1,350', '120'],
    ['', '', '', '', ''],
    ['合计', 'phone_visits', '2024-03', '3000', '300'],
  ];
  it.each([
    ['comma, BOM, CRLF', csvOf(rows)],
    ['tab, no BOM, LF', csvOf(rows, { delimiter: '\t', bom: false, eol: '\n' })],
    ['comma, no BOM, LF', csvOf(rows, { bom: false, eol: '\n' })],
  ])('%s', async (_name, bytes) => {
    const plan = mapGrid(await readGrid('file.csv', bytes), ctx);
    expect(plan.layout).toBe('long');
    expect(plan.problems).toEqual([]);
    expect(plan.values.map((v) => [v.area, v.target, v.actual, v.row])).toEqual([
      ['A', 1350, 120, 2],
      [null, 3000, 300, 4],
    ]);
  });

  it('a quoted cell with a comma and a line break stays one cell', async () => {
    const grid = await readGrid('x.csv', Buffer.from('a,"b, c\nd",e\r\n'));
    expect(grid.rows[0]).toEqual(['a', 'b, c\nd', 'e']);
  });
});

describe('the long template', () => {
  const plan = (rows: Array<Array<string | number | null>>) =>
    mapGrid({ rows, sheet: null, format: 'csv', encoding: 'utf-8', delimiter: ',' }, ctx);
  const header = ['area', 'indicator', 'period', 'target', 'actual', 'stated_rate'];

  it('duplicates, conflicting targets, periods outside the contract and unknown codes are errors', () => {
    const p = plan([
      header,
      ['A', 'phone_visits', '2024-03', 100, 10, null],
      ['A', 'phone_visits', '2024-03', 100, 11, null],
      ['A', 'phone_visits', '2024-04', 120, 11, null],
      ['A', 'phone_visits', '2025-01', null, 1, null],
      ['A', 'zzz', '2024-03', null, 1, null],
      ['A', 'home_visits', '2024-03', -1, 1, null],
    ]);
    expect(p.problems.map((x) => [x.code, x.row, x.column])).toEqual([
      ['import/duplicate', 3, null],
      ['import/target_conflict', 4, 'D'],
      ['import/period_outside_contract', 5, 'C'],
      ['import/unknown_indicator', 6, 'B'],
      ['import/negative', 7, 'D'],
    ]);
    expect(p.problems.every((x) => x.severity === 'error' && x.message.zh && x.message.en)).toBe(true);
  });

  it('against stored figures: a station total over figures stored by area only, and a period overlapping a stored one, are refused', async () => {
    // Stored: phone visits by area only (monthly); home visits as a year total of the station.
    const stored: ImportContext = {
      ...ctx,
      storedPeriods: new Map([
        ['phone_visits|A', [{ start: '2024-03-01', end: '2024-03-31' }]],
        ['phone_visits|B', [{ start: '2024-03-01', end: '2024-03-31' }]],
        ['home_visits|null', [{ start: '2023-05-31', end: '2024-05-30' }]],
      ]),
    };
    const file = csvOf([
      header,
      ['合计', 'phone_visits', '2024-04', null, 30, null],
      ['A', 'phone_visits', '2024-03', null, 12, null],
      ['合计', 'home_visits', '2024-03', null, 5, null],
      ['A', 'home_visits', '2024-04', null, 2, null],
    ]);
    const parsed = await parseFile('stored.csv', file, stored);
    expect(parsed.ok).toBe(false);
    expect(parsed.plan.problems.map((x) => [x.code, x.row, x.value])).toEqual([
      ['import/total_with_areas', 2, 'phone_visits'],
      ['import/overlapping_period', 4, '2024-03-01~2024-03-31'],
    ]);
  });

  it('a row with several problems names each at its own column, in column order', () => {
    const p = plan([header, ['Z', 'zzz', 'March', 'many', -3, 'most']]);
    expect(p.problems.map((x) => [x.code, x.row, x.column, x.value])).toEqual([
      ['import/unknown_area', 2, 'A', 'Z'],
      ['import/unknown_indicator', 2, 'B', 'zzz'],
      ['import/bad_period', 2, 'C', 'March'],
      ['import/not_a_number', 2, 'D', 'many'],
      ['import/negative', 2, 'E', '-3'],
      ['import/bad_rate', 2, 'F', 'most'],
    ]);
    expect(p.values).toEqual([]);
  });

  it('indicators by Chinese name, areas by label, the printed rate kept', () => {
    const p = plan([
      ['片区', '指标名称', '期间', '目标', '完成', '完成率'],
      ['片区2', '电访', '全年', 1020, 1061, '104.02%'],
    ]);
    expect(p.values[0]).toMatchObject({
      indicator: 'phone_visits',
      area: 'B',
      period: null,
      statedRate: 1.0402,
      statedRateText: '104.02%',
    });
  });
});

describe('the wide table', () => {
  it('reads the same from XLSX (merged headers) and CSV (blank header cells)', async () => {
    const { rows, merges } = messyTableGrid();
    const full = { ...ctx, indicators: [] as ImportContext['indicators'] };
    const fromXlsx = mapGrid(await readGrid('a.xlsx', await xlsxOf(rows, merges)), full);
    const fromCsv = mapGrid(await readGrid('a.csv', csvOf(rows)), full);
    expect(fromXlsx.layout).toBe('wide');
    expect(fromXlsx.values).toEqual(fromCsv.values);
    // With no catalogue, every group is unmatched and said so.
    expect(fromXlsx.problems.filter((p) => p.code === 'import/unknown_indicator').length).toBeGreaterThan(5);
  });
});

describe('attendance marks and remarks', () => {
  it.each([
    ['√', true],
    ['✓', true],
    ['——', false],
    ['—', false],
    [null, false],
    ['?', undefined],
  ])('%j is %j', (cell, mark) => expect(readMark(cell)).toBe(mark));

  it.each([
    ['2023.6.10离职', { leftOn: '2023-06-10', leavingReason: 'left', exemption: null }],
    [
      '2023.12.1 赤岗街社工站调至华洲街社工站',
      { leftOn: '2023-12-01', leavingReason: 'transferred_out', exemption: null },
    ],
    ['退休返聘', { leftOn: null, leavingReason: null, exemption: 'retired_reemployed' }],
    ['2024年3月31日退休', { leftOn: '2024-03-31', leavingReason: 'retired', exemption: null }],
  ])('%j', (text, expected) => expect(readRemark(text)).toEqual(expected));
});
