/** Finding one's way: Back undoes a filter, tabs name the page, an unknown station offers a search. */
import { describe, expect, it } from 'vitest';
import { browserSuite } from '../helpers/browser.ts';
import { TEST_TODAY } from '../helpers/server.ts';
import { statusThresholds } from '../../server/domain/config.ts';

const suite = browserSuite();

describe('navigation', () => {
  it('changing the year is a history entry: Back returns to the year before, inside the app', async () => {
    const { page } = suite.b;
    // The district opens on its running year (2024), which the URL leaves out as the default.
    await suite.open('/districts/haizhu');
    await page.getByTestId('district-station-table').waitFor();
    await page.getByTestId('year-select').click();
    await page.getByRole('option', { name: '2023 年度' }).click();
    await page.waitForURL(/year=2023/);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('year='));
    expect(new URL(page.url()).pathname).toBe('/districts/haizhu');
    expect(await page.getByTestId('year-select').innerText()).toContain('2024 年度');
  });

  it('copy link puts the page’s address, filters and all, on the clipboard', async () => {
    const { page } = suite.b;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await suite.open('/districts/haizhu?year=2023&sort=stability-asc');
    await page.getByTestId('district-station-table').waitFor();
    await page.getByTestId('copy-link').click();
    await expect.poll(() => page.getByTestId('copy-link').innerText()).toBe('已复制链接');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${suite.server.app.url}/districts/haizhu?year=2023&sort=stability-asc`);
  });

  it('a figure’s “?” opens its definition, with the thresholds the server applies', async () => {
    const { page } = suite.b;
    await suite.open('/stations/haizhu-chigang?year=2023');
    await page
      .locator('[data-kpi="overall"]')
      .getByRole('link', { name: /指标总体完成率/ })
      .click();
    await page.waitForURL(/\/glossary#overall$/);
    await expect.poll(() => page.getByTestId('glossary').innerText()).toContain('每项超过 100% 按 100% 计');
    const status = await page.locator('#status + dd').innerText();
    const percent = (x: number) => `${Math.round(x * 100)}%`;
    expect(status).toContain(`不低于 ${percent(statusThresholds.onTrack)} 为“进度正常”`);
    expect(status).toContain(`低于 ${percent(statusThresholds.behind)} 为“严重滞后”`);
  });

  it('an ended year’s quarters state its completion, not a projection', async () => {
    const { page } = suite.b;
    await suite.open('/stations/haizhu-xingang/quarterly?year=2023');
    await suite.b.chartDrawn('quarterly-chart', 3);
    const meta = await page
      .getByTestId('quarterly-chart')
      .locator('xpath=following-sibling::p[1]')
      .innerText();
    expect(meta).toMatch(/^全年完成率：\d/);
    await suite.open('/stations/haizhu-xingang/quarterly?year=2024');
    await suite.b.chartDrawn('quarterly-chart', 3);
    const running = await page
      .getByTestId('quarterly-chart')
      .locator('xpath=following-sibling::p[1]')
      .innerText();
    expect(running).toMatch(/^预计年末完成率：\d/);
  });

  it('the browser tab names the page, the station and the app', async () => {
    const { page } = suite.b;
    await suite.open('/stations/haizhu-chigang/resources?year=2023');
    await expect.poll(() => page.title()).toBe('资源链接 · 海珠区赤岗街社工服务站 · 社工站监测看板');
  });

  it('an unknown station says so and offers a search that opens a station', async () => {
    const { page } = suite.b;
    await suite.open('/stations/nope');
    await page.getByTestId('station-not-found').waitFor();
    expect(await page.getByTestId('station-not-found').textContent()).toContain('未找到：nope');
    await page.getByTestId('station-not-found').getByTestId('station-search').click();
    await page.keyboard.type('赤岗');
    await page.getByRole('option', { name: /赤岗/ }).first().click();
    await page.waitForURL(/\/stations\/haizhu-chigang$/);
  });
});

describe('links that name nothing fall back visibly', () => {
  it.each([
    ['/districts/haizhu?sort=zzz', 'sort=zzz'],
    ['/districts/haizhu?year=1999', 'year=1999'],
    ['/stations/haizhu-chigang/quarterly?year=2023&indicator=zzz', 'indicator=zzz'],
    ['/stations/haizhu-chigang/quarterly?year=2023&asOf=2030-01-01', 'asOf=2030-01-01'],
    ['/stations/haizhu-chigang?year=2024', 'year=2024'],
  ])('%s says it ignored %s and shows the default', async (path, param) => {
    const { page } = suite.b;
    await suite.open(path);
    await page.getByTestId('url-notice').waitFor();
    expect(await page.getByTestId('url-notice').textContent()).toContain(param);
    // The page shows its content, not an error.
    expect(
      await page
        .getByRole('alert')
        .filter({ hasText: /重试|Retry/ })
        .count(),
    ).toBe(0);
  });

  it('a valid link shows no notice', async () => {
    const { page } = suite.b;
    await suite.open('/stations/haizhu-chigang/quarterly?year=2023&indicator=home_visits');
    await page.getByTestId('tab-quarterly').waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByTestId('url-notice').count()).toBe(0);
  });
});

describe('the date in use is never hidden', () => {
  it('the weak-indicator page shows the default date in its date box', async () => {
    const { page } = suite.b;
    await suite.open('/districts/haizhu/weak');
    await expect.poll(() => page.getByTestId('weak-as-of').locator('input').inputValue()).toBe(TEST_TODAY);
  });

  it('the quarterly date box opens its calendar on the date in use, not on the real today', async () => {
    const { page } = suite.b;
    await suite.open('/stations/haizhu-xingang/quarterly?year=2024');
    const box = page.getByTestId('as-of-picker').locator('input');
    await expect.poll(() => box.getAttribute('placeholder')).toBe(TEST_TODAY);
    await box.click();
    const header = page.locator('.el-date-picker__header').first();
    await header.waitFor();
    const [year, month] = TEST_TODAY.split('-').map(Number) as [number, number];
    await expect.poll(() => header.innerText()).toMatch(new RegExp(`${year}\\s*年[\\s\\S]*${month}\\s*月`));
    await page.keyboard.press('Escape');
  });
});

describe('drill-down', () => {
  it.each([
    ['/districts/haizhu?year=2023', 'district-completion-chart'],
    ['/districts/haizhu?year=2023', 'overview-stability-chart'],
    ['/districts/haizhu/staffing?year=2023', 'district-staffing-chart'],
  ])('a bar of %s %s opens its station in the same year', async (path, chart) => {
    const { page } = suite.b;
    await suite.open(path);
    await suite.b.chartDrawn(chart);
    await page.getByTestId(chart).scrollIntoViewIfNeeded();
    await page.waitForTimeout(1200); // the bars' growing animation
    // The bars: the chart's filled, bar-high paths, the longest first (legend swatches are short).
    const boxes = await page
      .getByTestId(chart)
      .locator('svg path')
      .evaluateAll((paths) =>
        paths
          .filter((p) => /^#/.test(p.getAttribute('fill') ?? ''))
          .map((p) => p.getBoundingClientRect())
          .filter((r) => r.width > 3 && r.height > 4 && r.height < 30)
          .sort((a, b) => b.width - a.width)
          .map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 })),
      );
    expect(boxes.length).toBeGreaterThan(5);
    await page.mouse.click(boxes[0]!.x, boxes[0]!.y);
    await page.waitForURL(/\/stations\/haizhu-[a-z]+\?year=2023$/);
  });
});

describe('the staffing table order', () => {
  it('is kept in the URL and reopens from it', async () => {
    const { page } = suite.b;
    await suite.open('/districts/haizhu/staffing?year=2023');
    await page.getByTestId('district-staffing-table').waitFor();
    await page.getByTestId('district-staffing-table').getByText('持证率').click();
    await page.waitForURL(/sort=certifiedRatio-ascending/);
    await suite.open('/districts/haizhu/staffing?year=2023&sort=headcount-descending');
    await page.getByTestId('district-staffing-table').waitFor();
    const heads = await page
      .getByTestId('district-staffing-table')
      .locator('th.descending')
      .allTextContents();
    expect(heads.join('')).toContain('在岗');
  });
});

describe('English is English', () => {
  it('no English words beside Chinese brackets or colons, no Chinese positions or demo marks', async () => {
    const { page } = suite.b;
    await suite.open('/districts/haizhu?year=2023');
    await page.getByRole('button', { name: 'English' }).click();
    const mixed: string[] = [];
    for (const path of [
      '/districts/haizhu?year=2023',
      '/districts/haizhu/weak',
      '/stations/haizhu-chigang?year=2023',
      '/stations/haizhu-xingang/staffing?year=2024',
      '/stations/haizhu-xingang/volunteers?year=2024',
      '/stations/haizhu-xingang/resources?year=2024',
      '/stations/haizhu-chigang/evaluation?year=2023',
    ]) {
      await suite.open(path);
      await page.locator('.card').first().waitFor();
      await page.waitForTimeout(800);
      const found = await page.evaluate(() => {
        const out: string[] = [];
        const walker = document.createTreeWalker(
          document.querySelector('main') ?? document.body,
          NodeFilter.SHOW_TEXT,
        );
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const t = (n.textContent ?? '').trim();
          const visible = n.parentElement?.offsetParent != null;
          const wording = /[A-Za-z]{2}/.test(t) && /[（）：]/.test(t);
          const marks = /^(项目主管|社工|第.片区社工|示例资源)$/.test(t) || /（示例）$/.test(t);
          if (visible && (wording || marks)) out.push(t.slice(0, 80));
        }
        return out;
      });
      mixed.push(...found.map((t) => `${path}: ${t}`));
    }
    await page.getByRole('button', { name: '中文' }).click();
    expect(mixed).toEqual([]);
  });
});

describe('the audit trail', () => {
  it('names the writes in words, not codes', async () => {
    const { page } = suite.b;
    await suite.server.query('mutation($i: TargetInput!) { setTarget(input: $i) { id } }', {
      i: { stationCode: 'haizhu-xingang', year: 2024, indicatorCode: 'community_surveys', value: 25 },
    });
    await suite.open('/audit');
    await expect.poll(() => page.locator('main').innerText()).toContain('设定协议目标');
    expect(await page.locator('main').innerText()).not.toContain('target.set');
  });
});
