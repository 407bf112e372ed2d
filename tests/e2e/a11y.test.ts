/** axe-core on every page, both languages: no serious or critical WCAG 2 A/AA violation. */
import { describe, expect, it } from 'vitest';
import { browserSuite, seriousViolations } from '../helpers/browser.ts';
import { dashboardPages } from '../helpers/pages.ts';

const suite = browserSuite();

async function serious(path: string): Promise<string[]> {
  await suite.open(path);
  return seriousViolations(suite.b.page);
}

describe('accessibility (axe-core)', () => {
  it.each(dashboardPages)('%s in Chinese', async (path) => {
    expect(await serious(path)).toEqual([]);
  });

  it('the district overview and a station page in English', async () => {
    const { page } = suite.b;
    await page.getByRole('button', { name: 'English' }).click();
    expect(await serious('/districts/haizhu?year=2023')).toEqual([]);
    expect(await serious('/stations/haizhu-xingang/staffing?year=2024')).toEqual([]);
    await page.getByRole('button', { name: '中文' }).click();
  });
});
