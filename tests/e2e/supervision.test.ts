/** Supervisor pages in the browser: weak indicators (heatmap + ranked list), data quality, the station's panel and narrative. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let b: TestBrowser;

beforeAll(async () => {
  server = await startTestServer();
  b = await openBrowser();
});

afterAll(async () => {
  await b?.browser.close();
  await server?.close();
});

const open = (path: string) => b.page.goto(`${server.app.url}${path}`);

describe('supervisor pages', () => {
  it('weak indicators on 2024-05-30: heatmap drawn, Chigang’s resources explained in the ranked list, filters in the URL', async () => {
    await open('/districts/haizhu/weak?asOf=2024-05-30&area=total');
    await b.chartDrawn('weak-heatmap', 50);
    const rows = await b.tableCells('weak-table');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r[3] === '全站合计')).toBe(true);
    const chigang = rows.find((r) => r[1] === '赤岗街');
    expect(chigang?.[6]).toBe('社会资源链接完成 38.92%（194,580.11 / 500,000 元），尚差 305,419.89 元');
    await b.page.getByTestId('weak-table').getByRole('link', { name: '赤岗街' }).click();
    await b.page.waitForURL(/\/stations\/haizhu-chigang\?year=2023/);
  });

  it('the station page shows its weak indicators and the progress paragraph, ready to copy or download', async () => {
    await open('/stations/haizhu-chigang?year=2023');
    await expect.poll(() => b.page.getByTestId('station-weak-panel').innerText()).toContain('尚差 305,419.89 元');
    const narrative = await b.page.getByTestId('narrative-text').innerText();
    expect(narrative.startsWith('本年度共完成电话访问 3111 个，完成协议指标量的 103.70%')).toBe(true);
    const [download] = await Promise.all([b.page.waitForEvent('download'), b.page.getByTestId('download-narrative').click()]);
    expect(download.suggestedFilename()).toBe('haizhu-chigang-2023-progress.md');
  });

  it('data quality: the report’s inconsistencies with the numbers side by side and the suggestion', async () => {
    await open('/districts/haizhu/quality');
    await expect.poll(async () => (await b.tableCells('quality-table')).length).toBeGreaterThan(5);
    const rows = await b.tableCells('quality-table');
    const lostDecimal = rows.find((r) => r[3]?.includes('19458011'));
    expect(lostDecimal?.[0]).toBe('错误');
    expect(lostDecimal?.[5]).toContain('194,580.11');
    expect(rows.some((r) => r[3]?.includes('111.11%') && r[3].includes('107.69%'))).toBe(true);
    expect(rows.some((r) => r[3]?.includes('志愿者系统 230'))).toBe(true);
    expect(rows.some((r) => r[3]?.includes('无报送数据'))).toBe(true);
    await open('/districts/haizhu/quality?severity=ERROR');
    await expect.poll(async () => (await b.tableCells('quality-table')).every((r) => r[0] === '错误')).toBe(true);
    // The indicator opens the station's quarterly view of that indicator.
    await b.page.getByTestId('quality-table').getByRole('link', { name: '社会资源链接' }).click();
    await b.page.waitForURL(/\/stations\/haizhu-chigang\/quarterly\?year=2023&indicator=resources_linked/);
    await b.chartDrawn('quarterly-chart', 3);
  });

  it('logged no console errors', () => {
    expect(b.consoleErrors).toEqual([]);
  });
});
