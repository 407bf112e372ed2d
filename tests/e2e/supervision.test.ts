/**
 * Supervisor pages in the browser: weak indicators (heatmap + ranked list), data quality, the
 * station's panel and narrative, and year totals of a running year marked as judged at year end.
 * Screenshots go to SCREENSHOT_DIR when it is set.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statusColors } from '../../shared/charts/palette.ts';
import { browserSuite } from '../helpers/browser.ts';

const suite = browserSuite();
const open = (path: string) => suite.open(path);
const shots = process.env.SCREENSHOT_DIR;

/** The page at a desktop's and a phone's width, in Chinese and in English (when SCREENSHOT_DIR is set). */
async function shot(name: string) {
  if (!shots) return;
  const { page } = suite.b;
  for (const locale of ['zh-CN', 'en']) {
    await page.evaluate((l) => localStorage.setItem('locale', l), locale);
    for (const [width, height, tag] of [
      [1440, 900, 'desktop'],
      [390, 844, 'phone'],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.reload();
      await page.getByTestId('indicator-table').waitFor();
      await page.waitForTimeout(800);
      await page.screenshot({ path: join(shots, `${name}-${locale}-${tag}.png`), fullPage: true });
    }
  }
  await page.evaluate(() => localStorage.setItem('locale', 'zh-CN'));
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('supervisor pages', () => {
  it('weak indicators on 2024-05-30: heatmap drawn, Chigang’s resources explained in the ranked list, filters in the URL', async () => {
    await open('/districts/haizhu/weak?asOf=2024-05-30&area=total');
    await suite.b.chartDrawn('weak-heatmap', 50);
    const rows = await suite.b.tableCells('weak-table');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r[3] === '全站合计')).toBe(true);
    const chigang = rows.find((r) => r[1] === '赤岗街');
    expect(chigang?.[6]).toBe('社会资源链接完成 38.92%（194,580.11 / 500,000.00 元），尚差 305,419.89 元');
    await suite.b.page.getByTestId('weak-table').getByRole('link', { name: '赤岗街' }).click();
    await suite.b.page.waitForURL(/\/stations\/haizhu-chigang\?year=2023/);
  });

  it('a heatmap cell opens that indicator’s quarters at that station, in its year', async () => {
    await open('/districts/haizhu/weak?asOf=2024-05-30&area=total');
    await suite.b.chartDrawn('weak-heatmap', 50);
    // A cell in the critical colour (the legend's swatch of it comes after the cells). On a busy
    // machine the chart may still be drawn again just after its paths appear (a click on the
    // picture it replaces is lost), so a user's second click is allowed, not a tenth.
    const cell = suite.b.page
      .locator(`[data-testid="weak-heatmap"] svg path[fill="${statusColors.CRITICAL}"]`)
      .first();
    const quarters = /\/stations\/haizhu-[a-z]+\/quarterly\?year=2023&indicator=[a-z_]+/;
    for (let attempt = 1; ; attempt++) {
      await cell.click();
      const opened = await suite.b.page
        .waitForURL(quarters, { timeout: 8_000 })
        .then(() => true)
        .catch(() => false);
      if (opened) break;
      if (attempt === 3)
        throw new Error(`three clicks on a critical cell opened nothing: ${suite.b.page.url()}`);
    }
    // The quarters page takes the cell's indicator as it is (no notice of a parameter ignored).
    await suite.b.chartDrawn('quarterly-chart', 3);
    expect(await suite.b.page.getByTestId('url-notice').count()).toBe(0);
  });

  it('the station page shows its weak indicators and the progress paragraph, ready to copy or download', async () => {
    await open('/stations/haizhu-chigang?year=2023');
    await expect
      .poll(() => suite.b.page.getByTestId('station-weak-panel').innerText())
      .toContain('尚差 305,419.89 元');
    const narrative = await suite.b.page.getByTestId('narrative-text').innerText();
    expect(narrative.startsWith('本年度共完成电话访问 3,111 个，完成协议指标量的 103.70%')).toBe(true);
    const [download] = await Promise.all([
      suite.b.page.waitForEvent('download'),
      suite.b.page.getByTestId('download-narrative').click(),
    ]);
    expect(download.suggestedFilename()).toBe('haizhu-chigang-2023-progress.md');
    // What the report prints beyond the table, with where each figure is printed.
    await expect
      .poll(async () => (await suite.b.tableCells('reach-table')).find((r) => r[0] === '走访户数'))
      .toEqual(['走访户数', '全站合计', '1,360 户', '附件1 指标完成情况统计表']);
    expect(await suite.b.page.getByTestId('station-facts').innerText()).toContain('116,428');
  });

  it('data quality: the report’s inconsistencies with the numbers side by side and the suggestion', async () => {
    await open('/districts/haizhu/quality');
    await expect.poll(async () => (await suite.b.tableCells('quality-table')).length).toBeGreaterThan(5);
    const rows = await suite.b.tableCells('quality-table');
    const lostDecimal = rows.find((r) => r[3]?.includes('19458011'));
    expect(lostDecimal?.[0]).toBe('错误数字不一致');
    expect(lostDecimal?.[5]).toContain('194,580.11');
    // The figures side by side, named in Chinese, each with where it comes from.
    expect(lostDecimal?.[4]).toContain('报告完成率38.92% 指标表');
    expect(lostDecimal?.[4]).toContain('计算完成率3,891.60% 计算值');
    // An outlier is its own kind, at a lower severity.
    expect(rows.find((r) => r[3]?.includes('166.44%'))?.[0]).toBe('提示异常值');
    expect(rows.some((r) => r[3]?.includes('111.11%') && r[3].includes('107.69%'))).toBe(true);
    expect(rows.some((r) => r[3]?.includes('志愿者系统 230'))).toBe(true);
    expect(rows.some((r) => r[3]?.includes('无报送数据'))).toBe(true);
    await open('/districts/haizhu/quality?severity=ERROR');
    // Non-empty first: `every` holds on an empty table (or one not drawn yet).
    await expect
      .poll(async () => {
        const rows = await suite.b.tableCells('quality-table');
        return rows.length > 0 && rows.every((r) => r[0]?.startsWith('错误'));
      })
      .toBe(true);
    // The indicator opens the station's quarterly view of that indicator.
    await suite.b.page.getByTestId('quality-table').getByRole('link', { name: '社会资源链接' }).click();
    await suite.b.page.waitForURL(
      /\/stations\/haizhu-chigang\/quarterly\?year=2023&indicator=resources_linked/,
    );
    await suite.b.chartDrawn('quarterly-chart', 3);
  });

  it('year totals imported into a running year read as the year total, 年度汇总，年末判定, never 0 or 严重滞后', async () => {
    const { server } = suite;
    await server.query(`mutation($i: StationInput!) { addStation(input: $i) { code } }`, {
      i: {
        districtCode: 'haizhu',
        code: 'haizhu-niandu',
        nameZh: '年度汇总街社工站',
        nameEn: 'Niandu',
        streetZh: '年度汇总街',
      },
    });
    const table = [
      '数据统计时间：2024年6月1日至2025年5月31日',
      '服务片区,投入社工人数,电访,,,入户探访,,',
      ',,协议量,完成量,百分比,协议量,完成量,百分比',
      '片区1（下渡社区）,5,2000,600,30.00%,500,450,90.00%',
      '片区2（江景社区）,5,1000,300,30.00%,500,200,40.00%',
      '合计,10,3000,900,30.00%,1000,650,65.00%',
    ].join('\r\n');
    const input = {
      stationCode: 'haizhu-niandu',
      year: 2024,
      fileName: '附件1.csv',
      dryRun: false,
      createContract: true,
    };
    const imported = await server.query<{ importTable: { applied: boolean } }>(
      `mutation($input: ImportTableInput!) { importTable(input: $input) { applied } }`,
      { input: { ...input, contentBase64: Buffer.from(table).toString('base64') } },
    );
    expect(imported.data?.importTable.applied).toBe(true);
    await open('/stations/haizhu-niandu?year=2024');
    await expect
      .poll(async () =>
        (await suite.b.tableCells('indicator-table')).find((r) => r[0] === '电访' && r[1] === '全站合计'),
      )
      .toEqual(['电访', '全站合计', '3,000', '900', '个', '30.00%', '30.00%', '2,100', '年度汇总，年末判定']);
    const rows = await suite.b.tableCells('indicator-table');
    expect(rows.filter((r) => r.at(-1) !== '年度汇总，年末判定')).toEqual([]);
    const panel = await suite.b.page.getByTestId('station-weak-panel').innerText();
    expect(panel).toContain('本站没有进度落后的指标');
    expect(panel).toContain('2 项指标为年度汇总，合同期末（2025-05-31）判定，不计入滞后');
    await shot('year-totals-station');
  });

  it('logged no console errors', () => {
    expect(suite.b.consoleErrors).toEqual([]);
  });
});
