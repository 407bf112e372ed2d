/**
 * Every feed page in the browser: each draws its chart (SVG paths inside the chart's container),
 * shows the numbers a user comes for, and keeps its filters in the URL.
 */
import { describe, expect, it } from 'vitest';
import { browserSuite } from '../helpers/browser.ts';

const suite = browserSuite();
const open = (path: string) => suite.open(path);
const chartDrawn = (testId: string, minPaths = 5) => suite.b.chartDrawn(testId, minPaths);
const cells = (testId: string) => suite.b.tableCells(testId);

describe('district feed pages', () => {
  it('overview adds resources, stability and grade-distribution charts', async () => {
    await open('/districts/haizhu?year=2023');
    for (const id of ['overview-resources-chart', 'overview-stability-chart', 'overview-grades-chart'])
      await chartDrawn(id);
  });

  it('resources: every station sorted with bands; a click opens the station’s detail and keeps it in the URL', async () => {
    await suite.b.page.getByTestId('tab-resources').click();
    await suite.b.page.waitForURL(/\/districts\/haizhu\/resources\?year=2023/);
    await chartDrawn('district-resources-chart');
    await expect.poll(async () => (await cells('district-resources-table')).length).toBe(18);
    const chigang = (await cells('district-resources-table')).find((r) => r[0]?.startsWith('海珠区赤岗街'));
    expect(chigang?.slice(1)).toEqual(['38.92%', '194,580.11', '500,000.00', '305,419.89', '严重滞后']);
    await suite.b.page.getByTestId('district-resources-table').getByText('海珠区新港街社工服务站').click();
    await suite.b.page.waitForURL(/station=haizhu-xingang/);
    await chartDrawn('resource-monthly-chart');
    await chartDrawn('resource-sources-chart');
  });

  it('staffing: stability, certified and attendance by station', async () => {
    await open('/districts/haizhu/staffing?year=2023');
    await chartDrawn('district-staffing-chart');
    const chigang = (await cells('district-staffing-table')).find((r) => r[0]?.startsWith('海珠区赤岗街'));
    expect(chigang?.slice(1)).toEqual(['20', '21', '80.00%', '85.00%', '105.83%', '85.00%']);
  });
});

describe('station feed pages', () => {
  it('quarterly (demo station in progress): a chart with the pace line, a table of what is behind, the as-of date in the URL', async () => {
    await open('/stations/haizhu-fengyang/quarterly?year=2024&indicator=phone_visits');
    await chartDrawn('quarterly-chart');
    expect((await cells('behind-table')).length).toBeGreaterThan(0);
    await open('/stations/haizhu-fengyang/quarterly?year=2024&indicator=phone_visits&asOf=2024-09-30');
    await chartDrawn('quarterly-chart');
    await expect.poll(() => suite.b.page.getByText('统计截至 2024-09-30').count()).toBeGreaterThan(0);
  });

  it('quarterly (Chigang): says the year cannot be split into quarters instead of showing failures', async () => {
    await open('/stations/haizhu-chigang/quarterly?year=2023');
    await expect.poll(() => suite.b.page.getByTestId('year-total-notice').count()).toBe(1);
    await chartDrawn('quarterly-chart', 3);
  });

  it('resources (demo station): monthly curve against pace, sources and areas', async () => {
    await open('/stations/haizhu-fengyang/resources?year=2024');
    for (const id of ['resource-monthly-chart', 'resource-sources-chart', 'resource-areas-chart'])
      await chartDrawn(id);
  });

  it('staffing (Chigang): monthly chart, 3 / 14 / 4 certification, the turnover timeline, the retiree an explained exception', async () => {
    await open('/stations/haizhu-chigang/staffing?year=2023');
    await chartDrawn('staffing-monthly-chart');
    expect((await cells('certification-table')).map((r) => r[1])).toEqual(['3', '14', '4']);
    // Exactly the annex's remarks: left 06-10, a contract from 11-07, transferred 12-01.
    const events = (await cells('events-table')).map((r) => [r[0], r[1]]);
    expect(events).toEqual([
      ['2023-06-10', '离职'],
      ['2023-11-07', '入职'],
      ['2023-12-01', '调出'],
    ]);
    // The totals' uninsured and unpaid months sit on rows worked out from them, marked 推算.
    const compliance = await cells('compliance-table');
    expect(compliance.length).toBe(4);
    expect(compliance.every((r) => r[1]?.includes('推算'))).toBe(true);
    expect(await suite.b.page.getByTestId('derived-note').count()).toBe(1);
    expect(await suite.b.page.getByTestId('exemptions').innerText()).toContain('退休返聘');
    expect(
      await suite.b.page.getByTestId('staffing-ratios').locator('[data-ratio="stabilityRate"]').innerText(),
    ).toContain('80.00%');
  });

  it('volunteers: targets vs actuals beside the volunteer-system check (Chigang), monthly chart (demo)', async () => {
    await open('/stations/haizhu-chigang/volunteers?year=2023');
    await expect
      .poll(async () => (await cells('volunteer-targets'))[0])
      .toEqual(['新增志愿者', '150', '150', '100.00%', '已完成', '230']);
    await open('/stations/haizhu-fengyang/volunteers?year=2024');
    await chartDrawn('volunteer-monthly-chart');
  });

  it('evaluation: parts × weights → total → grade, mid-term beside final, findings filtered from the URL', async () => {
    await open('/stations/haizhu-xingang/evaluation?year=2023');
    await chartDrawn('evaluation-chart');
    expect(await suite.b.page.getByTestId('evaluation-MID').count()).toBe(1);
    expect(await suite.b.page.getByTestId('evaluation-FINAL').count()).toBe(1);
    await open('/stations/haizhu-chigang/evaluation?year=2023&kind=CONCERN&area=B');
    await chartDrawn('evaluation-chart', 3);
    await expect
      .poll(async () => (await cells('findings-table')).map((r) => r.slice(0, 5)))
      .toEqual(
        ['①', '②', '③', '④'].map((n) => [`二（四）2（2）${n}`, '第三方评估', '服务质量', '不足', 'B']),
      );
    const final = await suite.b.page.getByTestId('evaluation-FINAL').innerText();
    expect(final).toContain('83.49');
    expect(final).toContain('广州市社会组织联合会');
    expect(final).toContain('无异议');
    // The bureau's strength and concern, in the report's own words and marked as quoted.
    await open('/stations/haizhu-chigang/evaluation?year=2023&party=DISTRICT_BUREAU');
    await expect
      .poll(async () => (await cells('findings-table')).map((r) => [r[0], r[5]]))
      .toEqual([
        ['二（九）1', '「兜底服务情况比中期有进步。」 原文'],
        ['二（九）2', '「建议加强智慧管理工作平台的使用。」 原文'],
      ]);
  });

  it('evaluation findings filtered by report section, kept in the URL across a reload', async () => {
    const { page } = suite.b;
    await open('/stations/haizhu-chigang/evaluation?year=2023');
    await expect.poll(async () => (await cells('findings-table')).length).toBe(54);
    await page.getByTestId('finding-kind-filter').click();
    await expect.poll(() => page.getByRole('option', { name: '建议', exact: true }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByTestId('finding-section-filter').click();
    await page.getByRole('option', { name: '二（五） 服务监测', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('section') === '二（五）');
    // Its six items, then the three cases to follow up named in its concern 2（3）.
    const monitoring = [
      ['二（五）1（1）', '亮点'],
      ['二（五）1（2）', '亮点'],
      ['二（五）1（3）', '亮点'],
      ['二（五）2（1）', '不足'],
      ['二（五）2（2）', '不足'],
      ['二（五）2（3）', '不足'],
      ['二（五）2（3）', '跟进个案'],
      ['二（五）2（3）', '跟进个案'],
      ['二（五）2（3）', '跟进个案'],
    ];
    await expect
      .poll(async () => (await cells('findings-table')).map((r) => [r[0], r[3]]))
      .toEqual(monitoring);
    await page.reload();
    await expect
      .poll(async () => (await cells('findings-table')).map((r) => [r[0], r[3]]))
      .toEqual(monitoring);
    expect(await page.getByTestId('finding-section-filter').innerText()).toContain('二（五） 服务监测');
    // The closing recommendations: a chapter without sub-sections, its kind neither praise nor warning.
    await open('/stations/haizhu-chigang/evaluation?year=2023&section=五');
    await expect
      .poll(async () => (await cells('findings-table')).map((r) => [r[0], r[3]]))
      .toEqual([
        ['五1', '建议'],
        ['五2', '建议'],
      ]);
    expect(await page.getByTestId('findings-table').locator('.tone-good, .tone-bad').count()).toBe(0);
  });

  it('evaluation in English: quoted findings left in Chinese say they are not translated', async () => {
    const { page } = suite.b;
    await open('/stations/haizhu-chigang/evaluation?year=2023&party=DISTRICT_BUREAU');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect
      .poll(async () => (await cells('findings-table')).map((r) => [r[3], r[5]]))
      .toEqual([
        ['Strength', '「兜底服务情况比中期有进步。」 quoted (not translated)'],
        ['Concern', '「建议加强智慧管理工作平台的使用。」 quoted (not translated)'],
      ]);
    await page.getByRole('button', { name: '中文', exact: true }).click();
  });

  it('tabs carry the year from page to page', async () => {
    await open('/stations/haizhu-chigang?year=2023');
    await suite.b.page.getByTestId('tab-staffing').click();
    await suite.b.page.waitForURL(/\/stations\/haizhu-chigang\/staffing\?year=2023/);
    await suite.b.page.getByTestId('tab-evaluation').click();
    await suite.b.page.waitForURL(/\/stations\/haizhu-chigang\/evaluation\?year=2023/);
  });

  it('logged no console errors', () => {
    expect(suite.b.consoleErrors).toEqual([]);
  });
});
