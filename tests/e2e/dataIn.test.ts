/**
 * Getting data in as a station user would: a messy official table checked and imported from the
 * upload page (values, problems and flags shown before confirming), a bad file refused with its
 * row and column, a month entered in a form with the server's message beside the field, and the
 * station's files downloaded. Screenshots go to SCREENSHOT_DIR when it is set.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserSuite, screenshots } from '../helpers/browser.ts';
import { csvOf, messyTableGrid, xlsxOf } from '../helpers/files.ts';
import { annex1Workbook, textOf } from '../helpers/officialTables.ts';

const suite = browserSuite(undefined, 'station-chigang');
const dir = mkdtempSync(join(tmpdir(), 'station-monitor-upload-'));

const shot = (name: string) => screenshots(suite.b.page, name);

describe('the upload page', () => {
  it('checks a messy official table, shows its figures, problems and flags, and imports nothing until confirmed', async () => {
    const { page } = suite.b;
    const { rows, merges } = messyTableGrid();
    const file = join(dir, '附件1 指标完成情况统计表.xlsx');
    writeFileSync(file, await xlsxOf(rows, merges));
    await suite.open('/stations/haizhu-chigang/import?year=2023');
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-preview').waitFor();
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toContain('指标完成情况统计表');
    const flags = await page.getByTestId('import-flags').textContent();
    expect(flags).toContain('194,580.11');
    const problems = await page.getByTestId('import-problems').textContent();
    expect(problems).toContain('协议个数');
    expect(await page.getByTestId('import-values').locator('tbody tr').count()).toBeGreaterThan(50);
    await shot('import-checked');
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-done').waitFor();
    // The table's figures are Chigang's but for the resources actual, printed without its decimal point.
    expect(await page.getByTestId('import-done').textContent()).toContain('新增 0，更新 1');
  });

  it('a file with a word for a number is refused with its row and column, and cannot be confirmed', async () => {
    const { page } = suite.b;
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      csvOf([
        ['片区', '指标代码', '期间', '目标', '完成'],
        ['A', 'phone_visits', '全年', 1350, '一千'],
      ]),
    );
    await page.getByTestId('import-again').click();
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-problems').waitFor();
    const text = await page.getByTestId('import-problems').textContent();
    expect(text).toContain('第 2 行 E 列：「一千」不是数字');
    expect(await page.getByTestId('import-confirm').isDisabled()).toBe(true);
    await shot('import-refused');
  });

  it("reads the report's own annex 1 as printed, and a Chinese Excel's CSV, naming what it did not import", async () => {
    const { page } = suite.b;
    await suite.open('/stations/haizhu-chigang/import?year=2023');
    await page.getByTestId('import-file').setInputFiles('tests/fixtures/chigang/annex1.tsv');
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-preview').waitFor();
    // The keyboard is where the answer is.
    expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 100))).toContain(
      'import-preview',
    );
    const account = await page.getByTestId('import-cells').textContent();
    expect(account).toContain('UTF-8');
    expect(account).toContain('制表符分隔');
    expect(account).toContain('读入 116 个');
    expect(account).toContain('未导入 0 个');
    await page.getByTestId('import-notes').locator('summary').click();
    expect(await page.getByTestId('import-notes').textContent()).toContain('第 20 行：所在社户数人口');
    expect(await page.getByTestId('import-values').locator('tbody tr').count()).toBe(54);
    // The lost decimal point is offered to be put back; a station may not change area C's target.
    await page.getByTestId('import-suggestions-open').waitFor();
    expect(await page.getByTestId('import-accept-phone_visits|C').count()).toBe(0);
    await shot('import-annex1');
    await page.getByTestId('import-accept-resources_linked|').click();
    await expect.poll(() => page.getByTestId('import-suggestions-open').count()).toBe(0);
    // The same table saved by a Chinese Excel, with a line no layout knows and a stray figure.
    const rows = annex1Workbook().rows as Array<Array<string | number | null>>;
    rows.push(['协议内容', '街坊互助基金', '指标要求', 100, '完成量', '120,000.50', '百分比', '120.00%']);
    const file = join(dir, '附件1 另存为.csv');
    writeFileSync(file, textOf(rows, { encoding: 'gb18030' }));
    await suite.open('/stations/haizhu-chigang/import?year=2023');
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-ignored').waitFor();
    expect(await page.getByTestId('import-cells').textContent()).toContain('GB18030');
    const ignored = await page.getByTestId('import-ignored').locator('tbody tr').allTextContents();
    expect(ignored).toEqual(['21B街坊互助基金', '21D100', '21F120,000.50', '21H120.00%']);
    await shot('import-ignored');
    await page.evaluate(() => localStorage.setItem('locale', 'en'));
    await page.reload();
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-ignored').waitFor();
    expect(await page.getByTestId('import-cells').textContent()).toContain('4 not imported');
    await shot('import-ignored-en');
    await page.evaluate(() => localStorage.setItem('locale', 'zh-CN'));
    await page.reload();
  });

  it('downloads the official table of the year from the server', async () => {
    const { page } = suite.b;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-WIDE-CSV').click(),
    ]);
    expect(download.suggestedFilename()).toBe('haizhu-chigang-2023-indicators.csv');
    const path = join(dir, 'downloaded.csv');
    await download.saveAs(path);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(path, 'utf8')).toContain('合计,');
  });
});

describe('the entry forms', () => {
  it('a month of a station known by year totals is refused, with the message in the form', async () => {
    const { page } = suite.b;
    await suite.open('/stations/haizhu-chigang/entry?year=2023');
    await page.getByTestId('entry-progress').waitFor();
    await page.getByTestId('entry-indicator').click();
    await page.getByRole('option', { name: '电访' }).click();
    await page.getByTestId('entry-month').click();
    // Its contract starts on 2023-05-31: the first month offered is June.
    await page.getByRole('option', { name: '2023-06' }).waitFor();
    expect(await page.getByRole('option', { name: '2023-05' }).count()).toBe(0);
    await page.getByRole('option', { name: '2023-09' }).click();
    await page.getByTestId('entry-value').locator('input').fill('12');
    await page.getByTestId('entry-save').click();
    await page.getByTestId('entry-error').waitFor();
    expect(await page.getByTestId('entry-error').textContent()).toContain('未保存');
    await shot('entry-refused');
  });

  it('a negative figure is named beside its field', async () => {
    const { page } = suite.b;
    await page.getByTestId('entry-value').locator('input').fill('-5');
    await page.getByTestId('entry-save').click();
    await expect
      .poll(() => page.getByTestId('entry-progress').locator('.el-form-item__error').allTextContents())
      .toEqual([expect.stringContaining('不能为负数')]);
  });
});

describe('the printable report', () => {
  it('opens from the station overview as a page to print, in the language of the dashboard', async () => {
    const { page } = suite.b;
    await suite.open('/stations/haizhu-chigang?year=2023');
    await page.getByRole('button', { name: 'English' }).click();
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('open-report').click()]);
    await popup.waitForLoadState();
    expect(await popup.locator('h1').textContent()).toContain('service year 2023–2024 report');
    expect(await popup.locator('.source').textContent()).toContain('Source: Station Monitor');
    await popup.close();
    await suite.open('/stations/haizhu-chigang/import?year=2023');
    await page.getByTestId('import-card').waitFor();
    await shot('import-en');
    await suite.open('/stations/haizhu-chigang/entry?year=2023&form=resource');
    await page.getByTestId('entry-resource').waitFor();
    await shot('entry-en');
    await page.getByRole('button', { name: '中文' }).click();
  });
});

describe('a new station, as the bureau adds it', () => {
  it('is added from the district page and opens on its import page', async () => {
    const { page } = suite.b;
    await page.getByRole('button', { name: /退出登录|Log out/ }).click();
    await page.waitForURL(/\/login/);
    const { logIn } = await import('../helpers/browser.ts');
    await logIn(page, suite.server.app.url, 'bureau');
    await suite.open('/districts/haizhu');
    await page.getByTestId('add-station').click();
    await page.getByTestId('station-code').fill('haizhu-e2e-new');
    await page.getByTestId('station-nameZh').fill('海珠区新站');
    await page.getByTestId('station-nameEn').fill('New Station');
    await page.getByTestId('station-streetZh').fill('新街');
    await page.getByTestId('add-station-form').getByTestId('entry-save').click();
    await page.waitForURL(/\/stations\/haizhu-e2e-new\/import/);
    await page.getByTestId('import-card').waitFor();
    await shot('new-station-import');
  });
});
