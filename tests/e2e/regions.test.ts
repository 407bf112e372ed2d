/**
 * A province's authority in a real browser: it lands on its region, reads the summary, drills
 * down city → district → station through charts, tables and the breadcrumb, and pages, sorts and
 * searches the station list with every choice kept in the URL.
 */
import { describe, expect, it } from 'vitest';
import { statusColors } from '../../shared/charts/palette.ts';
import { browserSuite, seriousViolations } from '../helpers/browser.ts';

const suite = browserSuite(undefined, 'province');

describe('a region page', () => {
  it('is the province authority’s home, with its figures, charts and demo note', async () => {
    const { page, chartDrawn } = suite.b;
    await suite.open('/');
    await page.waitForURL(/\/regions\/guangdong/);
    await chartDrawn('region-histogram', 5);
    await chartDrawn('region-parts-chart', 3);
    // 2024: the 17 Haizhu demo stations hold a contract (Chigang's is 2023's).
    await expect.poll(() => page.locator('[data-kpi="stations"] strong').textContent()).toBe('17');
    await expect.poll(() => page.getByTestId('region-as-of').textContent()).toMatch(/示例数据/);
    expect(await page.getByTestId('year-select').textContent()).toMatch(/2024/);
    expect(suite.b.consoleErrors).toEqual([]);
  });

  it('drills down: city from its bar, district from the table, with the breadcrumb back up', async () => {
    const { page, chartDrawn } = suite.b;
    await suite.open('/regions/guangdong?year=2023');
    await chartDrawn('region-parts-chart', 3);
    // The one bar (Guangzhou, in the colour of its status) is clicked where ECharts drew it.
    const bars = Object.values(statusColors).map(
      (c) => `[data-testid="region-parts-chart"] svg path[fill="${c}"]`,
    );
    const bar = page.locator(bars.join(', ')).first();
    await bar.click();
    await page.waitForURL(/\/regions\/guangzhou\?year=2023/);
    await expect.poll(() => page.getByTestId('place-trail').textContent()).toMatch(/广东省/);
    await page.getByTestId('region-parts-table').getByRole('link', { name: '海珠区' }).click();
    await page.waitForURL(/\/districts\/haizhu\?year=2023/);
    const trail = page.getByTestId('place-trail');
    await expect.poll(() => trail.textContent()).toMatch(/广东省.*广州市.*海珠区/);
    // The breadcrumb keeps the year, as the tabs do.
    await trail.getByRole('link', { name: '广东省' }).click();
    await page.waitForURL(/\/regions\/guangdong\?year=2023$/);
  });

  it('pages, sorts and searches the stations, the URL keeping each choice', async () => {
    const { page, tableCells } = suite.b;
    await suite.open('/regions/guangdong?year=2024');
    await expect.poll(async () => (await tableCells('region-station-table')).length).toBe(17);
    const rates = async () =>
      (await tableCells('region-station-table')).map((r) => Number.parseFloat(r[2] ?? ''));
    const ascending = await rates();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.getByTestId('region-sort').click();
    await page.getByRole('option', { name: '完成率由高到低' }).click();
    await page.waitForURL(/sort=COMPLETION_DESC/);
    await expect.poll(rates).toEqual([...ascending].reverse());
    // Element Plus puts the test id on the <input> itself.
    await page.getByTestId('region-search').fill('xingang');
    await page.waitForURL(/q=xingang/);
    await expect.poll(async () => (await tableCells('region-station-table')).length).toBe(1);
    // Back undoes the search, as a user expects.
    await page.goBack();
    await expect.poll(async () => (await tableCells('region-station-table')).length).toBe(17);
  });

  it('the header finds a station anywhere in the region: Enter opens the region page searched', async () => {
    const { page, tableCells } = suite.b;
    await suite.open('/glossary');
    const box = page.getByTestId('header-region-search');
    await box.fill('xingang');
    await box.press('Enter');
    await page.waitForURL(
      (u) => u.pathname === '/regions/guangdong' && u.searchParams.get('q') === 'xingang',
    );
    await expect.poll(async () => (await tableCells('region-station-table')).length).toBe(1);
    expect((await tableCells('region-station-table'))[0]?.join(' ')).toContain('新港');
  });

  it('keeps the search box while the list reloads: typing after a pause goes on', async () => {
    const { page, tableCells } = suite.b;
    await suite.open('/regions/guangdong?year=2024');
    await expect.poll(async () => (await tableCells('region-station-table')).length).toBe(17);
    const box = page.getByTestId('region-search');
    await box.click();
    await page.keyboard.type('xin');
    await page.waitForURL(/q=xin/);
    await page.waitForTimeout(500);
    await page.keyboard.type('gang');
    await page.waitForURL(/q=xingang/);
    expect(await box.inputValue()).toBe('xingang');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    // A new order starts at its first page.
    await suite.open('/regions/guangdong?year=2024&page=2');
    await page.getByTestId('region-sort').click();
    await page.getByRole('option', { name: '完成率由高到低' }).click();
    await page.waitForURL(
      (u) => u.searchParams.get('sort') === 'COMPLETION_DESC' && !u.searchParams.has('page'),
    );
  });

  it('has no serious accessibility problem, in Chinese or English', async () => {
    await suite.open('/regions/guangdong');
    expect(await seriousViolations(suite.b.page)).toEqual([]);
    await suite.b.page.getByRole('button', { name: 'English' }).click();
    expect(await seriousViolations(suite.b.page)).toEqual([]);
    await suite.b.page.getByRole('button', { name: '中文' }).click();
  });

  it('a district and a station show their figures year on year', async () => {
    const { chartDrawn } = suite.b;
    await suite.open('/districts/haizhu?year=2024');
    await chartDrawn('district-trend-chart', 5);
    await suite.open('/stations/haizhu-xingang?year=2024');
    await chartDrawn('station-trend-chart', 5);
    expect(suite.b.consoleErrors).toEqual([]);
  });

  it('is not a district bureau’s page', async () => {
    const { page } = suite.b;
    // The province's own district view of Haizhu works; a region it does not cover is not found.
    await suite.open('/regions/nowhere');
    const notFound = page.getByTestId('region-not-found');
    await expect.poll(() => notFound.textContent()).toMatch(/未找到地区“nowhere”/);
    await notFound.getByRole('link').click();
    await page.waitForURL(/\/regions\/guangdong/);
  });
});
