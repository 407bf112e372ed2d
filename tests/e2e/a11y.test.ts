/** axe-core on every page, both languages: no serious or critical WCAG 2 A/AA violation. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { browserSuite } from '../helpers/browser.ts';

const suite = browserSuite();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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
];

type Violation = { id: string; impact: string; nodes: Array<{ target: string[] }> };

async function serious(path: string): Promise<string[]> {
  const { page } = suite.b;
  await suite.open(path);
  await page.locator('.card, .el-empty, [role="alert"]').first().waitFor();
  await page.waitForTimeout(600);
  // Evaluated, not a script tag: the app's CSP allows no inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (d: Document, o: unknown) => Promise<{ violations: Violation[] }> } }
    ).axe;
    const { violations } = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
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
