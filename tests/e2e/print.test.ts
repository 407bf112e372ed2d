/**
 * Printing: a station page and the district overview print whole on A4 — every row of every
 * table inside the page, none cut by a scroll box — with the page's title and source.
 */
import { describe, expect, it } from 'vitest';
import { browserSuite } from '../helpers/browser.ts';

const suite = browserSuite();

async function printed(path: string) {
  const { page } = suite.b;
  await page.emulateMedia({ media: 'screen' });
  await suite.open(path);
  await page.locator('.el-table').first().waitFor();
  await page.waitForTimeout(800);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  // Every row of every table lies inside its table's visible box (nothing scrolled away).
  const clipped = await page.locator('.el-table').evaluateAll((tables) =>
    tables.flatMap((table, i) => {
      const box = table.getBoundingClientRect();
      return [...table.querySelectorAll('tbody tr')].flatMap((row, j) => {
        const r = row.getBoundingClientRect();
        const inside =
          r.height > 0 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.right <= box.right + 1;
        return inside ? [] : [`table ${i} row ${j}`];
      });
    }),
  );
  const rows = await page.locator('.el-table tbody tr').count();
  const controls = await page
    .locator('.app-header, .tabs')
    .evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
  await page.emulateMedia({ media: 'screen' });
  return { pdf, clipped, rows, controls };
}

describe('printing', () => {
  it.each([
    '/stations/haizhu-chigang/staffing?year=2023',
    '/stations/haizhu-xingang/resources?year=2024',
    '/districts/haizhu?year=2023',
  ])('%s prints every table row, without the controls', async (path) => {
    const { pdf, clipped, rows, controls } = await printed(path);
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(rows).toBeGreaterThan(10);
    expect(clipped).toEqual([]);
    expect(controls).toBe(0);
  });
});
