/**
 * Downloads in the browser against the real server: each file is read back as a spreadsheet or an
 * image viewer would read it and checked against what the API returns for the same figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { clientDist } from '../../server/app.ts';
import { browserSuite } from '../helpers/browser.ts';

const suite = browserSuite(() => {
  if (!existsSync(clientDist))
    throw new Error('client/dist is missing: `npm test` builds it first (pretest), or run `npm run build`');
});
const page = () => suite.b.page;

/** Picks a format from a download menu (a table's `export-…`, a chart's `…-chart-export`). */
async function download(menu: string, format: 'csv' | 'xlsx' | 'png' | 'svg') {
  const item = page().locator(`[data-testid="export-${format}"]:visible`);
  // A menu still closing from the previous pick would take the button's click as "close".
  await page().waitForFunction(
    () => ![...document.querySelectorAll('.el-dropdown-menu')].some((m) => m.checkVisibility()),
  );
  await page().getByTestId(menu).getByRole('button').click();
  await item.waitFor({ timeout: 10_000 });
  // A download that fails says so beside the menu: the test then says so too, instead of timing out.
  const failed = page()
    .getByTestId(menu)
    .getByRole('alert')
    .waitFor({ timeout: 45_000 })
    .then(
      async () =>
        Promise.reject(new Error(`the download failed: ${await page().getByTestId(menu).innerText()}`)),
      () => new Promise<never>(() => undefined),
    );
  const [file] = await Promise.all([
    Promise.race([page().waitForEvent('download', { timeout: 45_000 }), failed]),
    item.click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** The CSV as records of fields, the way a spreadsheet imports it (RFC 4180, BOM dropped). */
const csvRecords = (bytes: Buffer): string[][] => parse(bytes, { bom: true, relaxColumnCount: true });

/** The first sheet's rows as arrays of cell values, row 1 first. */
async function xlsxRows(bytes: Buffer): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  book.worksheets[0]!.eachRow({ includeEmpty: true }, (row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

/** A rate (fraction) as the files write it: percent with two decimals. */
const percent = (rate: number) => (Math.round(rate * 10000) / 100).toFixed(2);

interface OverviewStation {
  code: string;
  nameZh: string;
  isDemo: boolean;
  contract: {
    overallCompletion: number | null;
    resources: { completionRate: number | null; actual: number; target: number | null; gap: number | null };
    staffing: { stabilityRate: number | null };
  } | null;
}
const overview = async (year: number) =>
  (
    await suite.server.query<{ district: { stations: OverviewStation[] } }>(
      `query($year: Int!) { district(code: "haizhu") { stations { code nameZh isDemo contract(year: $year) {
        overallCompletion resources { completionRate actual target gap } staffing { stabilityRate } } } } }`,
      { year },
    )
  ).data!.district.stations;

interface Status {
  indicator: { code: string; nameZh: string; nameEn: string; unit: string; unitEn: string };
  area: { code: string } | null;
  asOf: string;
  target: number | null;
  actual: number;
  completionRate: number | null;
}
const statuses = async (code: string, year: number) =>
  (
    await suite.server.query<{ station: { nameZh: string; contract: { indicatorStatuses: Status[] } } }>(
      `query($code: String!, $year: Int) { station(code: $code) { nameZh contract(year: $year) {
        indicatorStatuses { indicator { code nameZh nameEn unit unitEn } area { code } asOf target actual
        completionRate } } } }`,
      { code, year },
    )
  ).data!.station;

describe('tables as CSV and XLSX', () => {
  it('the district station table as CSV: every station as the API gives it, demo ones marked', async () => {
    await suite.open('/districts/haizhu?year=2023');
    await suite.b.chartDrawn('district-completion-chart');
    const file = await download('export-stations', 'csv');
    expect(file.name).toBe('haizhu-2023-stations.csv');
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.bytes.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);

    const [title, source, header, ...body] = csvRecords(file.bytes);
    expect(title![0]).toContain('海珠区');
    expect(title![0]).not.toContain('示例数据');
    expect(source).toEqual(['来源：社工站监测看板 · 服务年度 2023']);
    const col = (name: string) => header!.indexOf(name);
    for (const name of ['指标总体完成率 (%)', '资源链接完成率 (%)', '人员稳定率 (%)', '示例数据'])
      expect(col(name), name).toBeGreaterThan(-1);

    const stations = await overview(2023);
    expect(body).toHaveLength(stations.length);
    for (const s of stations) {
      const row = body.find((r) => r[col('代码')] === s.code);
      expect(row?.[col('站点')], s.code).toBe(s.nameZh);
      expect(row?.[col('示例数据')], s.code).toBe(s.isDemo ? '是' : '否');
      const rate = s.contract?.overallCompletion;
      expect(row?.[col('指标总体完成率 (%)')], s.code).toBe(rate == null ? '' : percent(rate));
      const stability = s.contract?.staffing.stabilityRate;
      expect(row?.[col('人员稳定率 (%)')], s.code).toBe(stability == null ? '' : percent(stability));
    }
    expect(body.find((r) => r[col('代码')] === 'haizhu-chigang')?.[col('示例数据')]).toBe('否');
  });

  it('the district station table as XLSX: the same lines, rates as numbers', async () => {
    const file = await download('export-stations', 'xlsx');
    expect(file.name).toBe('haizhu-2023-stations.xlsx');
    const [title, source, header, ...body] = await xlsxRows(file.bytes);
    expect(String(title![0])).toContain('海珠区');
    expect(source).toEqual(['来源：社工站监测看板 · 服务年度 2023']);
    const code = header!.indexOf('代码');
    const completion = header!.indexOf('指标总体完成率 (%)');
    const stations = await overview(2023);
    expect(body).toHaveLength(stations.length);
    for (const s of stations.filter((x) => x.contract?.overallCompletion != null)) {
      const cell = body.find((r) => r[code] === s.code)?.[completion];
      expect(typeof cell, s.code).toBe('number');
      expect(cell as number).toBeCloseTo(s.contract!.overallCompletion! * 100, 2);
    }
  });

  it("Chigang's indicators as CSV: phone visits 3000 → 3111 = 103.70%, as of the API's date", async () => {
    await suite.open('/stations/haizhu-chigang?year=2023');
    await suite.b.chartDrawn('indicator-chart');
    const station = await statuses('haizhu-chigang', 2023);
    const all = station.contract.indicatorStatuses;
    const phone = all.find((s) => s.indicator.code === 'phone_visits' && s.area === null)!;
    expect([phone.target, phone.actual]).toEqual([3000, 3111]);

    const file = await download('export-indicators', 'csv');
    expect(file.name).toBe('haizhu-chigang-2023-indicators.csv');
    const [title, source, header, ...body] = csvRecords(file.bytes);
    expect(title![0]).toContain(station.nameZh);
    expect(title![0]).not.toContain('示例数据');
    expect(source).toEqual([`来源：社工站监测看板 · 统计截至 ${phone.asOf}（服务年度 2023）`]);
    expect(header!.slice(0, 6)).toEqual(['指标', '片区', '目标', '完成', '单位', '完成率 (%)']);
    expect(body).toHaveLength(all.length);
    expect(body.find((r) => r[0] === phone.indicator.nameZh && r[1] === '全站合计')?.slice(0, 6)).toEqual([
      phone.indicator.nameZh,
      '全站合计',
      String(phone.target),
      String(phone.actual),
      phone.indicator.unit,
      percent(phone.completionRate!),
    ]);
    for (const s of all) {
      const row = body.find((r) => r[0] === s.indicator.nameZh && r[1] === (s.area?.code ?? '全站合计'));
      expect(row?.[3], `${s.indicator.code} ${s.area?.code}`).toBe(String(s.actual));
    }
  });

  it("Chigang's indicator table as XLSX: the phone visits row in numbers", async () => {
    const file = await download('export-indicators', 'xlsx');
    expect(file.name).toBe('haizhu-chigang-2023-indicators.xlsx');
    const rows = await xlsxRows(file.bytes);
    const phone = rows.find((r) => r[0] === '电访' && r[1] === '全站合计');
    expect(phone?.slice(0, 6)).toEqual(['电访', '全站合计', 3000, 3111, '个', 103.7]);
  });

  it('the district resources table as CSV and XLSX: yuan to the cent without separators', async () => {
    await suite.open('/districts/haizhu/resources?year=2023');
    await suite.b.chartDrawn('district-resources-chart');
    const stations = (await overview(2023)).filter((s) => s.contract);
    const csv = await download('export-resources', 'csv');
    expect(csv.name).toBe('haizhu-2023-resources.csv');
    const [, , header, ...body] = csvRecords(csv.bytes);
    const col = (name: string) => header!.indexOf(name);
    expect(col('完成 (元)')).toBeGreaterThan(-1);
    expect(col('目标 (元)')).toBeGreaterThan(-1);
    expect(body).toHaveLength(stations.length);
    for (const s of stations) {
      const row = body.find((r) => r[col('代码')] === s.code);
      expect(row?.[col('完成 (元)')], s.code).toBe(s.contract!.resources.actual.toFixed(2));
      expect(row?.[col('示例数据')], s.code).toBe(s.isDemo ? '是' : '否');
    }
    const xlsx = await download('export-resources', 'xlsx');
    const [, , xHeader, ...xBody] = await xlsxRows(xlsx.bytes);
    const chigang = xBody.find((r) => r[xHeader!.indexOf('代码')] === 'haizhu-chigang');
    const api = stations.find((s) => s.code === 'haizhu-chigang')!.contract!.resources;
    expect(chigang?.[xHeader!.indexOf('完成 (元)')]).toBe(api.actual);
    expect(chigang?.[xHeader!.indexOf('目标 (元)')]).toBe(api.target);
  });

  it("says 示例数据 on the title line of a demo station's table", async () => {
    await suite.open('/stations/haizhu-xingang?year=2023');
    await suite.b.chartDrawn('indicator-chart');
    const [title] = csvRecords((await download('export-indicators', 'csv')).bytes);
    expect(title![0]).toContain('示例数据');
  });
});

describe('charts as PNG and SVG', () => {
  it("Chigang's completion chart as SVG: its title, legend, the station and the source line", async () => {
    await suite.open('/stations/haizhu-chigang?year=2023');
    await suite.b.chartDrawn('indicator-chart');
    const asOf = (await statuses('haizhu-chigang', 2023)).contract.indicatorStatuses[0]!.asOf;
    const file = await download('indicator-chart-export', 'svg');
    expect(file.name).toBe('haizhu-chigang-2023-completion.svg');
    const svg = file.bytes.toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    for (const text of [
      '各指标完成率（按片区）',
      '片区 A',
      '全站合计',
      '海珠区赤岗街社工服务站',
      `来源：社工站监测看板 · 统计截至 ${asOf}（服务年度 2023）`,
    ])
      expect(svg, text).toContain(`>${text}<`);
    expect(svg).not.toContain('示例数据');
  });

  it("Chigang's completion chart as PNG: a PNG twice the SVG's size", async () => {
    const svg = (await download('indicator-chart-export', 'svg')).bytes.toString('utf8');
    const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
    const file = await download('indicator-chart-export', 'png');
    expect(file.name).toBe('haizhu-chigang-2023-completion.png');
    expect([...file.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: width and height, big-endian, after the signature and the chunk's length and type.
    expect([file.bytes.readUInt32BE(16), file.bytes.readUInt32BE(20)]).toEqual([
      2 * Number(width),
      2 * Number(height),
    ]);
    expect(file.bytes.length).toBeGreaterThan(10_000);
  });

  it('the district completion chart says it holds demo stations', async () => {
    await suite.open('/districts/haizhu?year=2023');
    await suite.b.chartDrawn('district-completion-chart');
    const file = await download('district-completion-chart-export', 'svg');
    expect(file.name).toBe('haizhu-2023-completion.svg');
    const svg = file.bytes.toString('utf8');
    expect(svg).toContain('>各站点指标总体完成率<');
    expect(svg).toContain('>含示例数据站点（名称标有“示例数据”或 * 者）<');
    expect(svg).toContain('>来源：社工站监测看板 · 服务年度 2023<');
  });
});

describe('the menus', () => {
  it('opens and downloads from the keyboard', async () => {
    await page().getByTestId('export-stations').getByRole('button').focus();
    await page().keyboard.press('Enter');
    await expect
      .poll(() => page().evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe('CSV 表格');
    await page().keyboard.press('ArrowDown');
    const [file] = await Promise.all([page().waitForEvent('download'), page().keyboard.press('Enter')]);
    expect(file.suggestedFilename()).toBe('haizhu-2023-stations.xlsx');
  });

  it('are labelled in English too, and the files with them', async () => {
    await page().getByRole('button', { name: 'English' }).click();
    await suite.open('/stations/haizhu-chigang?year=2023');
    await suite.b.chartDrawn('indicator-chart');
    const button = page().getByTestId('export-indicators').getByRole('button');
    expect(await button.innerText()).toContain('Download');
    expect(await button.getAttribute('aria-label')).toBe('Download Indicators');
    const station = await statuses('haizhu-chigang', 2023);
    const phone = station.contract.indicatorStatuses.find(
      (s) => s.indicator.code === 'phone_visits' && s.area === null,
    )!;
    const [, source, header, ...body] = csvRecords((await download('export-indicators', 'csv')).bytes);
    expect(source).toEqual([`Source: Station Monitor · As of ${phone.asOf} (service year 2023)`]);
    expect(header!.slice(0, 6)).toEqual(['Indicator', 'Area', 'Target', 'Actual', 'Unit', 'Completion (%)']);
    expect(
      body.find((r) => r[0] === phone.indicator.nameEn && r[1] === 'Station total')?.slice(2, 6),
    ).toEqual(['3000', '3111', phone.indicator.unitEn, '103.70']);
    await page().getByRole('button', { name: '中文' }).click();
  });

  it('are hidden when printing', async () => {
    const menus = page().locator('.export-menu');
    expect(await menus.count()).toBeGreaterThan(0);
    await expect.poll(() => menus.first().isVisible()).toBe(true);
    await page().emulateMedia({ media: 'print' });
    const shown = await menus.evaluateAll((all) => all.filter((m) => m.getClientRects().length > 0).length);
    await page().emulateMedia({ media: 'screen' });
    expect(shown).toBe(0);
  });

  it('fit a 390 px phone: every menu inside the screen, nothing wider than it', async () => {
    await page().setViewportSize({ width: 390, height: 844 });
    await suite.open('/stations/haizhu-chigang?year=2023');
    await suite.b.chartDrawn('indicator-chart');
    const buttons = page().locator('.export-menu button');
    // The menus load after the first chart: slower than a second while the whole suite runs.
    await expect.poll(() => buttons.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    for (const box of await buttons.evaluateAll((all) => all.map((b) => b.getBoundingClientRect().toJSON())))
      expect(box.right).toBeLessThanOrEqual(390);
    expect(await page().evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page().setViewportSize({ width: 1280, height: 900 });
  });

  it('logged no console errors', () => {
    expect(suite.b.consoleErrors).toEqual([]);
  });
});
