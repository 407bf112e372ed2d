/** axe-core on every page, both languages: no serious or critical WCAG 2 A/AA violation. */
import { describe, expect, it } from 'vitest';
import { browserSuite, seriousViolations } from '../helpers/browser.ts';

const suite = browserSuite();

const pages = [
  '/districts/haizhu?year=2023',
  '/districts/haizhu/weak',
  '/districts/haizhu/quality',
  '/districts/haizhu/resources?year=2023&station=haizhu-fengyang',
  '/districts/haizhu/staffing?year=2023',
  '/stations/haizhu-chigang?year=2023',
  '/stations/haizhu-xingang/quarterly?year=2024',
  '/stations/haizhu-xingang/resources?year=2024',
  '/stations/haizhu-xingang/staffing?year=2024',
  '/stations/haizhu-xingang/volunteers?year=2024',
  '/stations/haizhu-chigang/evaluation?year=2023',
  '/stations/haizhu-xingang/import?year=2024',
  '/stations/haizhu-xingang/entry?year=2024',
  '/audit',
  '/glossary',
];

async function serious(path: string): Promise<string[]> {
  await suite.open(path);
  return seriousViolations(suite.b.page);
}

describe('accessibility (axe-core)', () => {
  it.each(pages)('%s in Chinese', async (path) => {
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
