/**
 * The built dashboard in headless Chromium against the real server and a seeded database:
 * overview → Chigang's page, charts drawn, the reference figures visible, no console errors.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientDist } from '../../server/app.ts';
import { appError, errorMessages } from '../../server/errors.ts';
import { browserSuite } from '../helpers/browser.ts';

const suite = browserSuite(() => {
  if (!existsSync(clientDist))
    throw new Error('client/dist is missing: `npm test` builds it first (pretest), or run `npm run build`');
});
const chartDrawn = (testId: string) => suite.b.chartDrawn(testId);
const tableCells = (testId: string) => suite.b.tableCells(testId);

/** A page in a new browser context: nothing cached, logged in as the suite's user, in a language. */
async function coldPage(locale: string) {
  const context = await suite.b.browser.newContext({
    storageState: await suite.b.page.context().storageState(),
    locale,
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  await page.addInitScript((l) => localStorage.setItem('locale', l), locale);
  return { context, page };
}

describe('dashboard in the browser', () => {
  it('opens the Haizhu overview with all 18 stations, demo stations labelled, and a drawn chart', async () => {
    await suite.b.page.goto(suite.server.app.url);
    await suite.b.page.waitForURL(/\/districts\/haizhu/);
    // The bureau lands on the running contract year (2024 on the pinned date), not on 2023, the
    // last year every station held a contract.
    await expect.poll(() => suite.b.page.getByTestId('year-select').innerText()).toContain('2024 年度');
    // The reference year, where Chigang has its contract, from here on.
    await suite.b.page.goto(`${suite.server.app.url}/districts/haizhu?year=2023`);
    const firstChartMs = await chartDrawn('district-completion-chart');
    console.log(`first chart drawn ${firstChartMs} ms after navigation start`);
    const table = suite.b.page.getByTestId('district-station-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(18);
    await expect.poll(() => table.getByText('海珠区赤岗街社工服务站').count()).toBe(1);
    expect(await table.getByText('示例数据').count()).toBe(17);
    const aria = await suite.b.page
      .getByTestId('district-completion-chart')
      .locator('[role="img"]')
      .getAttribute('aria-label');
    expect(aria).toContain('赤岗街');
    expect(aria).toContain('96.95%');
  });

  it.each([
    ['zh-CN', '赤岗街'],
    ['en', 'Chigang Street'],
  ])(
    'loads the district page cold in %s: its first chart, drawn by the server, before ECharts and under 200 kB of JS (gzip); then the live chart',
    async (locale, chigang) => {
      const { context, page } = await coldPage(locale);
      try {
        const encodings = new Map<string, string | undefined>();
        page.on('response', (response) => {
          if (response.request().resourceType() === 'script')
            encodings.set(response.url().replace(/.*\//, ''), response.headers()['content-encoding']);
        });
        // The moment the chart is first drawn, seen by an observer of every change of the page from
        // before its first script: the time, whether it is the server's picture, and the scripts
        // loaded by then (as the browser timed them).
        await page.addInitScript(() => {
          // The longest bar (a blue one: on track) of the chart as drawn: picture, then live chart.
          const longestBar = (chart: Element) =>
            Math.max(
              ...[...chart.querySelectorAll('path[fill="#1d4ed8"]')].map(
                (p) => p.getBoundingClientRect().width,
              ),
            );
          const live = new MutationObserver(() => {
            const chart = document.querySelector(
              '[data-testid="district-completion-chart"] [_echarts_instance_]',
            );
            if (!chart || chart.querySelectorAll('path[fill="#1d4ed8"]').length < 2) return;
            live.disconnect();
            (window as unknown as { liveBar: number }).liveBar = longestBar(chart);
            (window as unknown as { liveWidth: number }).liveWidth = chart.getBoundingClientRect().width;
          });
          live.observe(document, { childList: true, subtree: true, attributes: true });
          const observer = new MutationObserver(() => {
            const chart = document.querySelector('[data-testid="district-completion-chart"]');
            if (!chart || chart.querySelectorAll('svg path').length <= 10) return;
            observer.disconnect();
            const now = performance.now();
            const scripts = performance
              .getEntriesByType('resource')
              .filter((e): e is PerformanceResourceTiming => e.name.endsWith('.js'))
              .filter((e) => e.responseEnd <= now)
              .map((e) => ({ file: e.name.replace(/.*\//, ''), bytes: e.encodedBodySize }));
            const picture = chart.classList.contains('chart--drawn');
            const description = chart.querySelector('[role="img"]')?.getAttribute('aria-label');
            (window as unknown as { firstChart: unknown }).firstChart = {
              ms: now,
              picture,
              description,
              scripts,
              bar: longestBar(chart),
              width: chart.getBoundingClientRect().width,
            };
          });
          observer.observe(document, { childList: true, subtree: true, attributes: true });
        });
        await page.goto(`${suite.server.app.url}/districts/haizhu?year=2023`);
        const drawn = await page.waitForFunction(
          () => (window as unknown as { firstChart?: unknown }).firstChart,
          undefined,
          { timeout: 20_000 },
        );
        const first = (await drawn.jsonValue()) as {
          ms: number;
          picture: boolean;
          description: string;
          bar: number;
          width: number;
          scripts: Array<{ file: string; bytes: number }>;
        };
        const firstChartMs = Math.round(first.ms);
        const loaded = first.scripts.map((s) => ({ ...s, encoding: encodings.get(s.file) }));
        // The goal is in gzip: the size of each file as the build wrote it gzipped (what the server
        // sends a browser without brotli; files under 1 kB are not compressed).
        const gzipBytes = (file: string) => {
          const path = join(clientDist, 'assets', file);
          return statSync(existsSync(`${path}.gz`) ? `${path}.gz` : path).size;
        };
        const kB = loaded.reduce((sum, s) => sum + s.bytes, 0) / 1000;
        const gzipKB = loaded.reduce((sum, s) => sum + gzipBytes(s.file), 0) / 1000;
        console.log(
          `cold district page (${locale}): ${gzipKB.toFixed(1)} kB of JS gzip (${kB.toFixed(1)} kB brotli, as sent) in ${loaded.length} files before the first chart, drawn ${firstChartMs} ms after navigation start`,
        );
        expect(loaded.length).toBeGreaterThan(0);
        // Files under 1 kB go as they are (the build compresses from 1 kB up).
        expect(loaded.filter((s) => s.encoding !== 'br' && s.bytes >= 1024)).toEqual([]);
        expect(loaded.filter((s) => s.encoding === 'br').length).toBeGreaterThan(10);
        // The first chart is the server's picture: ECharts (about 200 kB gzip alone) and the XLSX
        // writer are not among the files loaded before it.
        expect(first.picture).toBe(true);
        expect(gzipKB).toBeLessThanOrEqual(200);
        // ECharts' files: those with the attribute it marks its charts with, and the live chart's own.
        const echartsFiles = readdirSync(join(clientDist, 'assets')).filter(
          (f) =>
            f.endsWith('.js') &&
            readFileSync(join(clientDist, 'assets', f), 'utf8').includes('_echarts_instance_'),
        );
        expect(echartsFiles.length).toBeGreaterThan(0);
        const late = (file: string) => echartsFiles.includes(file) || /^(LiveChart|exceljs)/.test(file);
        expect(loaded.filter((s) => late(s.file))).toEqual([]);
        // Then ECharts loads and the live chart takes the picture's place, with the same figures.
        const live = page.locator('[data-testid="district-completion-chart"] [_echarts_instance_]');
        await live.waitFor({ timeout: 20_000 });
        expect(await page.locator('.chart--drawn').count()).toBe(0);
        // Its bars as long as the picture's from its first frame: they do not grow again.
        const liveBar = Number(await page.evaluate(() => (window as unknown as { liveBar: number }).liveBar));
        expect(first.bar).toBeGreaterThan(200);
        const liveWidth = await page.evaluate(() => (window as unknown as { liveWidth: number }).liveWidth);
        expect(
          Math.abs(liveBar - first.bar),
          `bars ${first.bar} → ${liveBar} px, charts ${first.width} → ${liveWidth} px wide`,
        ).toBeLessThan(3);
        expect(first.description).toContain(`${chigang} 96.95%`);
        expect(await live.getAttribute('aria-label')).toContain(`${chigang} 96.95%`);
      } finally {
        await context.close();
      }
    },
  );

  it('sorts the station table from a labelled select too (the column carets are mouse-only), kept in the URL', async () => {
    await suite.b.page.getByTestId('sort-select').click();
    await suite.b.page.getByRole('option', { name: '资源链接完成率 ↑' }).click();
    await suite.b.page.waitForURL(/sort=resources-asc/);
    const percent = (cell: string | undefined) => Number((cell ?? '').replace('%', ''));
    // All 18 rows first: `every` holds on an empty table.
    await expect
      .poll(async () => {
        const rows = await tableCells('district-station-table');
        return (
          rows.length === 18 && rows.every((r, i) => i === 0 || percent(rows[i - 1]![2]) <= percent(r[2]))
        );
      })
      .toBe(true);
    await suite.b.page.getByTestId('sort-select').click();
    await suite.b.page.getByRole('option', { name: '指标总体完成率 ↓' }).click();
    await suite.b.page.waitForURL((url) => !url.search.includes('sort='));
  });

  it('opens Chigang from the overview: KPI cards, a drawn chart and phone visits at 103.70%', async () => {
    await suite.b.page
      .getByTestId('district-station-table')
      .getByRole('link', { name: '海珠区赤岗街社工服务站' })
      .click();
    await suite.b.page.waitForURL(/\/stations\/haizhu-chigang\?year=2023/);
    const ms = await chartDrawn('indicator-chart');
    console.log(`station chart drawn ${ms} ms after navigation start`);
    const kpis = suite.b.page.getByTestId('station-kpis');
    await expect.poll(() => kpis.locator('[data-kpi="resources"]').innerText()).toContain('38.92%');
    expect(await kpis.locator('[data-kpi="stability"]').innerText()).toContain('80.00%');
    expect(await kpis.locator('[data-kpi="grade"]').innerText()).toContain('良好');
    await expect
      .poll(async () =>
        (await tableCells('indicator-table')).find((r) => r[0] === '电访' && r[1] === '全站合计'),
      )
      .toEqual(['电访', '全站合计', '3,000', '3,111', '个', '103.70%', '103.70%', '0', '已完成']);
    expect(await suite.b.page.getByText('示例数据').count()).toBe(0);
  });

  it('keeps the area filter in the URL, so a shared link reopens the same view', async () => {
    await suite.b.page.goto(`${suite.server.app.url}/stations/haizhu-chigang?year=2023&area=B`);
    await chartDrawn('indicator-chart');
    await expect
      .poll(
        async () =>
          (await tableCells('indicator-table')).find(
            (r) => r[0] === '大型社区活动服务人次' && r[1] === 'B',
          )?.[5],
      )
      .toBe('166.44%');
    // Area B and the station totals only.
    const areas = new Set((await tableCells('indicator-table')).map((r) => r[1]));
    expect(areas).toEqual(new Set(['B', '全站合计']));
    // The weak list follows the filter; the page says what stays station-wide.
    const weak = await suite.b.page.getByTestId('station-weak-panel').innerText();
    expect(weak).not.toMatch(/片区 [AC]/);
    expect(await suite.b.page.getByTestId('area-note').innerText()).toContain('片区 B');
  });

  it('a language chosen while the server draws the picture: the picture comes in that language, never the old one', async () => {
    const { context, page } = await coldPage('zh-CN');
    try {
      // ECharts held back, and the Chinese picture slow to come.
      await page.route(/\/assets\/LiveChart-[^/]*\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 6000));
        await route.continue().catch(() => undefined);
      });
      await page.route('**/graphql', async (route) => {
        const body = route.request().postData() ?? '';
        if (body.includes('DistrictCompletionChart') && body.includes('"lang":"zh"'))
          await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue().catch(() => undefined);
      });
      const asked = page.waitForRequest((r) => (r.postData() ?? '').includes('DistrictCompletionChart'));
      await page.goto(`${suite.server.app.url}/districts/haizhu?year=2023`);
      await asked;
      await page.getByRole('button', { name: 'English' }).click();
      const picture = page.locator('[data-testid="district-completion-chart"].chart--drawn [role="img"]');
      await picture.waitFor();
      // Past the moment the Chinese picture would have come.
      await page.waitForTimeout(2000);
      const label = await picture.getAttribute('aria-label');
      expect(label).toContain('Chigang Street 96.95%');
      expect(label).not.toContain('赤岗街');
    } finally {
      await context.close();
    }
  });

  it('when ECharts cannot be loaded: the server picture stays, other charts say so with a retry that draws them', async () => {
    const { context, page } = await coldPage('zh-CN');
    try {
      const liveChart = /\/assets\/LiveChart-[^/]*\.js$/;
      await page.route(liveChart, (route) => route.abort('internetdisconnected'));
      await page.goto(`${suite.server.app.url}/districts/haizhu?year=2023`);
      const picture = page.locator('[data-testid="district-completion-chart"].chart--drawn');
      await picture.waitFor();
      const failed = page.locator('.chart--failed');
      await expect.poll(() => failed.count()).toBeGreaterThan(0);
      expect(await failed.first().getAttribute('role')).toBe('alert');
      expect(await failed.first().innerText()).toContain('图表未能加载');
      await page.unroute(liveChart);
      await failed.first().getByRole('button', { name: '重试' }).click();
      await page.locator('[data-testid="overview-resources-chart"] [_echarts_instance_]').waitFor();
      expect(await picture.count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('switches to English and shows an error state for an unknown station', async () => {
    await suite.b.page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => suite.b.page.locator('h1').innerText())
      .toContain('Chigang Street Social Work Station');
    await suite.b.page.goto(`${suite.server.app.url}/stations/nowhere`);
    await expect.poll(() => suite.b.page.getByText('Not found: nowhere').count()).toBe(1);
  });

  it('shows an alert with a retry when the server fails, and recovers on retry', async () => {
    let failNext = true;
    await suite.b.page.route('**/graphql', async (route) => {
      if (failNext) {
        failNext = false;
        await route.fulfill({
          status: 500,
          contentType: 'application/json',
          // What the server sends for an unexpected failure: its code and its own message in both languages.
          body: JSON.stringify({ errors: [appError('server/internal')] }),
        });
      } else {
        await route.continue();
      }
    });
    await suite.b.page.goto(`${suite.server.app.url}/districts/haizhu?year=2023`);
    const alert = suite.b.page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('Internal server error');
    await alert.getByRole('button').click();
    await chartDrawn('district-completion-chart');
    expect(await suite.b.page.getByRole('alert').count()).toBe(0);
    await suite.b.page.unroute('**/graphql');
    // The browser logs the failed request itself; that one is expected.
    suite.b.consoleErrors.splice(
      0,
      suite.b.consoleErrors.length,
      ...suite.b.consoleErrors.filter((e) => !e.includes('500')),
    );
  });

  it("shows the server's own message of an input error, in the user's language", async () => {
    await suite.b.page.goto(`${suite.server.app.url}/districts/haizhu/weak?asOf=2024-13-45`);
    const message = errorMessages['input/bad_date'].en.replace('{value}', '2024-13-45');
    await expect.poll(() => suite.b.page.getByRole('alert').innerText()).toContain(message);
    // The browser logs the rejected request (HTTP 400) itself; that one is expected.
    suite.b.consoleErrors.splice(
      0,
      suite.b.consoleErrors.length,
      ...suite.b.consoleErrors.filter((e) => !e.includes('400')),
    );
  });

  it('logged no console errors', () => {
    expect(suite.b.consoleErrors).toEqual([]);
  });
});
